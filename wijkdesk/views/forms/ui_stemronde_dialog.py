# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stemronde_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_StemrondeDialog(object):
    def setupUi(self, StemrondeDialog):
        if not StemrondeDialog.objectName():
            StemrondeDialog.setObjectName(u"StemrondeDialog")
        StemrondeDialog.resize(560, 720)
        self.hoofd = QVBoxLayout(StemrondeDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(StemrondeDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)
        self.uitleg.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.uitleg)

        self.formulier = QFormLayout()
        self.formulier.setObjectName(u"formulier")
        self.formulier.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titel_label = QLabel(StemrondeDialog)
        self.titel_label.setObjectName(u"titel_label")

        self.formulier.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titel_label)

        self.titel_vak = QVBoxLayout()
        self.titel_vak.setSpacing(2)
        self.titel_vak.setObjectName(u"titel_vak")
        self.titel = QLineEdit(StemrondeDialog)
        self.titel.setObjectName(u"titel")

        self.titel_vak.addWidget(self.titel)

        self.titel_fout = QLabel(StemrondeDialog)
        self.titel_fout.setObjectName(u"titel_fout")
        self.titel_fout.setText(u"")
        self.titel_fout.setWordWrap(True)
        self.titel_fout.setVisible(False)
        self.titel_fout.setStyleSheet(u"color: #b00020;")

        self.titel_vak.addWidget(self.titel_fout)


        self.formulier.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titel_vak)

        self.budget_cents_label = QLabel(StemrondeDialog)
        self.budget_cents_label.setObjectName(u"budget_cents_label")

        self.formulier.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budget_cents_label)

        self.budget_cents_vak = QVBoxLayout()
        self.budget_cents_vak.setSpacing(2)
        self.budget_cents_vak.setObjectName(u"budget_cents_vak")
        self.budget_cents = QLineEdit(StemrondeDialog)
        self.budget_cents.setObjectName(u"budget_cents")

        self.budget_cents_vak.addWidget(self.budget_cents)

        self.budget_cents_fout = QLabel(StemrondeDialog)
        self.budget_cents_fout.setObjectName(u"budget_cents_fout")
        self.budget_cents_fout.setText(u"")
        self.budget_cents_fout.setWordWrap(True)
        self.budget_cents_fout.setVisible(False)
        self.budget_cents_fout.setStyleSheet(u"color: #b00020;")

        self.budget_cents_vak.addWidget(self.budget_cents_fout)


        self.formulier.setLayout(1, QFormLayout.ItemRole.FieldRole, self.budget_cents_vak)

        self.bijeenkomst_label = QLabel(StemrondeDialog)
        self.bijeenkomst_label.setObjectName(u"bijeenkomst_label")

        self.formulier.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bijeenkomst_label)

        self.bijeenkomst_vak = QVBoxLayout()
        self.bijeenkomst_vak.setSpacing(2)
        self.bijeenkomst_vak.setObjectName(u"bijeenkomst_vak")
        self.bijeenkomst = QComboBox(StemrondeDialog)
        self.bijeenkomst.setObjectName(u"bijeenkomst")

        self.bijeenkomst_vak.addWidget(self.bijeenkomst)

        self.bijeenkomst_fout = QLabel(StemrondeDialog)
        self.bijeenkomst_fout.setObjectName(u"bijeenkomst_fout")
        self.bijeenkomst_fout.setText(u"")
        self.bijeenkomst_fout.setWordWrap(True)
        self.bijeenkomst_fout.setVisible(False)
        self.bijeenkomst_fout.setStyleSheet(u"color: #b00020;")

        self.bijeenkomst_vak.addWidget(self.bijeenkomst_fout)


        self.formulier.setLayout(2, QFormLayout.ItemRole.FieldRole, self.bijeenkomst_vak)

        self.stemwijze_label = QLabel(StemrondeDialog)
        self.stemwijze_label.setObjectName(u"stemwijze_label")

        self.formulier.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stemwijze_label)

        self.stemwijze_vak = QVBoxLayout()
        self.stemwijze_vak.setSpacing(2)
        self.stemwijze_vak.setObjectName(u"stemwijze_vak")
        self.stemwijze = QComboBox(StemrondeDialog)
        self.stemwijze.setObjectName(u"stemwijze")

        self.stemwijze_vak.addWidget(self.stemwijze)

        self.stemwijze_fout = QLabel(StemrondeDialog)
        self.stemwijze_fout.setObjectName(u"stemwijze_fout")
        self.stemwijze_fout.setText(u"")
        self.stemwijze_fout.setWordWrap(True)
        self.stemwijze_fout.setVisible(False)
        self.stemwijze_fout.setStyleSheet(u"color: #b00020;")

        self.stemwijze_vak.addWidget(self.stemwijze_fout)


        self.formulier.setLayout(3, QFormLayout.ItemRole.FieldRole, self.stemwijze_vak)

        self.invoerwijze_label = QLabel(StemrondeDialog)
        self.invoerwijze_label.setObjectName(u"invoerwijze_label")

        self.formulier.setWidget(4, QFormLayout.ItemRole.LabelRole, self.invoerwijze_label)

        self.invoerwijze_vak = QVBoxLayout()
        self.invoerwijze_vak.setSpacing(2)
        self.invoerwijze_vak.setObjectName(u"invoerwijze_vak")
        self.invoerwijze = QComboBox(StemrondeDialog)
        self.invoerwijze.setObjectName(u"invoerwijze")

        self.invoerwijze_vak.addWidget(self.invoerwijze)

        self.invoerwijze_fout = QLabel(StemrondeDialog)
        self.invoerwijze_fout.setObjectName(u"invoerwijze_fout")
        self.invoerwijze_fout.setText(u"")
        self.invoerwijze_fout.setWordWrap(True)
        self.invoerwijze_fout.setVisible(False)
        self.invoerwijze_fout.setStyleSheet(u"color: #b00020;")

        self.invoerwijze_vak.addWidget(self.invoerwijze_fout)


        self.formulier.setLayout(4, QFormLayout.ItemRole.FieldRole, self.invoerwijze_vak)

        self.max_keuzes_label = QLabel(StemrondeDialog)
        self.max_keuzes_label.setObjectName(u"max_keuzes_label")

        self.formulier.setWidget(5, QFormLayout.ItemRole.LabelRole, self.max_keuzes_label)

        self.max_keuzes_vak = QVBoxLayout()
        self.max_keuzes_vak.setSpacing(2)
        self.max_keuzes_vak.setObjectName(u"max_keuzes_vak")
        self.max_keuzes = QSpinBox(StemrondeDialog)
        self.max_keuzes.setObjectName(u"max_keuzes")
        self.max_keuzes.setMaximum(99)

        self.max_keuzes_vak.addWidget(self.max_keuzes)

        self.max_keuzes_fout = QLabel(StemrondeDialog)
        self.max_keuzes_fout.setObjectName(u"max_keuzes_fout")
        self.max_keuzes_fout.setText(u"")
        self.max_keuzes_fout.setWordWrap(True)
        self.max_keuzes_fout.setVisible(False)
        self.max_keuzes_fout.setStyleSheet(u"color: #b00020;")

        self.max_keuzes_vak.addWidget(self.max_keuzes_fout)


        self.formulier.setLayout(5, QFormLayout.ItemRole.FieldRole, self.max_keuzes_vak)

        self.punten_per_kiezer_label = QLabel(StemrondeDialog)
        self.punten_per_kiezer_label.setObjectName(u"punten_per_kiezer_label")

        self.formulier.setWidget(6, QFormLayout.ItemRole.LabelRole, self.punten_per_kiezer_label)

        self.punten_per_kiezer_vak = QVBoxLayout()
        self.punten_per_kiezer_vak.setSpacing(2)
        self.punten_per_kiezer_vak.setObjectName(u"punten_per_kiezer_vak")
        self.punten_per_kiezer = QSpinBox(StemrondeDialog)
        self.punten_per_kiezer.setObjectName(u"punten_per_kiezer")
        self.punten_per_kiezer.setMaximum(1000)

        self.punten_per_kiezer_vak.addWidget(self.punten_per_kiezer)

        self.punten_per_kiezer_fout = QLabel(StemrondeDialog)
        self.punten_per_kiezer_fout.setObjectName(u"punten_per_kiezer_fout")
        self.punten_per_kiezer_fout.setText(u"")
        self.punten_per_kiezer_fout.setWordWrap(True)
        self.punten_per_kiezer_fout.setVisible(False)
        self.punten_per_kiezer_fout.setStyleSheet(u"color: #b00020;")

        self.punten_per_kiezer_vak.addWidget(self.punten_per_kiezer_fout)


        self.formulier.setLayout(6, QFormLayout.ItemRole.FieldRole, self.punten_per_kiezer_vak)

        self.max_punten_per_idee_label = QLabel(StemrondeDialog)
        self.max_punten_per_idee_label.setObjectName(u"max_punten_per_idee_label")

        self.formulier.setWidget(7, QFormLayout.ItemRole.LabelRole, self.max_punten_per_idee_label)

        self.max_punten_per_idee_vak = QVBoxLayout()
        self.max_punten_per_idee_vak.setSpacing(2)
        self.max_punten_per_idee_vak.setObjectName(u"max_punten_per_idee_vak")
        self.max_punten_per_idee = QSpinBox(StemrondeDialog)
        self.max_punten_per_idee.setObjectName(u"max_punten_per_idee")
        self.max_punten_per_idee.setMaximum(1000)

        self.max_punten_per_idee_vak.addWidget(self.max_punten_per_idee)

        self.max_punten_per_idee_fout = QLabel(StemrondeDialog)
        self.max_punten_per_idee_fout.setObjectName(u"max_punten_per_idee_fout")
        self.max_punten_per_idee_fout.setText(u"")
        self.max_punten_per_idee_fout.setWordWrap(True)
        self.max_punten_per_idee_fout.setVisible(False)
        self.max_punten_per_idee_fout.setStyleSheet(u"color: #b00020;")

        self.max_punten_per_idee_vak.addWidget(self.max_punten_per_idee_fout)


        self.formulier.setLayout(7, QFormLayout.ItemRole.FieldRole, self.max_punten_per_idee_vak)

        self.regel_label = QLabel(StemrondeDialog)
        self.regel_label.setObjectName(u"regel_label")

        self.formulier.setWidget(8, QFormLayout.ItemRole.LabelRole, self.regel_label)

        self.regel_vak = QVBoxLayout()
        self.regel_vak.setSpacing(2)
        self.regel_vak.setObjectName(u"regel_vak")
        self.regel = QComboBox(StemrondeDialog)
        self.regel.setObjectName(u"regel")

        self.regel_vak.addWidget(self.regel)

        self.regel_fout = QLabel(StemrondeDialog)
        self.regel_fout.setObjectName(u"regel_fout")
        self.regel_fout.setText(u"")
        self.regel_fout.setWordWrap(True)
        self.regel_fout.setVisible(False)
        self.regel_fout.setStyleSheet(u"color: #b00020;")

        self.regel_vak.addWidget(self.regel_fout)


        self.formulier.setLayout(8, QFormLayout.ItemRole.FieldRole, self.regel_vak)

        self.tevredenheid_label = QLabel(StemrondeDialog)
        self.tevredenheid_label.setObjectName(u"tevredenheid_label")

        self.formulier.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tevredenheid_label)

        self.tevredenheid_vak = QVBoxLayout()
        self.tevredenheid_vak.setSpacing(2)
        self.tevredenheid_vak.setObjectName(u"tevredenheid_vak")
        self.tevredenheid = QComboBox(StemrondeDialog)
        self.tevredenheid.setObjectName(u"tevredenheid")

        self.tevredenheid_vak.addWidget(self.tevredenheid)

        self.tevredenheid_fout = QLabel(StemrondeDialog)
        self.tevredenheid_fout.setObjectName(u"tevredenheid_fout")
        self.tevredenheid_fout.setText(u"")
        self.tevredenheid_fout.setWordWrap(True)
        self.tevredenheid_fout.setVisible(False)
        self.tevredenheid_fout.setStyleSheet(u"color: #b00020;")

        self.tevredenheid_vak.addWidget(self.tevredenheid_fout)


        self.formulier.setLayout(9, QFormLayout.ItemRole.FieldRole, self.tevredenheid_vak)

        self.aanvulling_label = QLabel(StemrondeDialog)
        self.aanvulling_label.setObjectName(u"aanvulling_label")

        self.formulier.setWidget(10, QFormLayout.ItemRole.LabelRole, self.aanvulling_label)

        self.aanvulling_vak = QVBoxLayout()
        self.aanvulling_vak.setSpacing(2)
        self.aanvulling_vak.setObjectName(u"aanvulling_vak")
        self.aanvulling = QComboBox(StemrondeDialog)
        self.aanvulling.setObjectName(u"aanvulling")

        self.aanvulling_vak.addWidget(self.aanvulling)

        self.aanvulling_fout = QLabel(StemrondeDialog)
        self.aanvulling_fout.setObjectName(u"aanvulling_fout")
        self.aanvulling_fout.setText(u"")
        self.aanvulling_fout.setWordWrap(True)
        self.aanvulling_fout.setVisible(False)
        self.aanvulling_fout.setStyleSheet(u"color: #b00020;")

        self.aanvulling_vak.addWidget(self.aanvulling_fout)


        self.formulier.setLayout(10, QFormLayout.ItemRole.FieldRole, self.aanvulling_vak)

        self.verhoging_cents_label = QLabel(StemrondeDialog)
        self.verhoging_cents_label.setObjectName(u"verhoging_cents_label")

        self.formulier.setWidget(11, QFormLayout.ItemRole.LabelRole, self.verhoging_cents_label)

        self.verhoging_cents_vak = QVBoxLayout()
        self.verhoging_cents_vak.setSpacing(2)
        self.verhoging_cents_vak.setObjectName(u"verhoging_cents_vak")
        self.verhoging_cents = QLineEdit(StemrondeDialog)
        self.verhoging_cents.setObjectName(u"verhoging_cents")

        self.verhoging_cents_vak.addWidget(self.verhoging_cents)

        self.verhoging_cents_fout = QLabel(StemrondeDialog)
        self.verhoging_cents_fout.setObjectName(u"verhoging_cents_fout")
        self.verhoging_cents_fout.setText(u"")
        self.verhoging_cents_fout.setWordWrap(True)
        self.verhoging_cents_fout.setVisible(False)
        self.verhoging_cents_fout.setStyleSheet(u"color: #b00020;")

        self.verhoging_cents_vak.addWidget(self.verhoging_cents_fout)


        self.formulier.setLayout(11, QFormLayout.ItemRole.FieldRole, self.verhoging_cents_vak)

        self.vier_ogen_label = QLabel(StemrondeDialog)
        self.vier_ogen_label.setObjectName(u"vier_ogen_label")

        self.formulier.setWidget(12, QFormLayout.ItemRole.LabelRole, self.vier_ogen_label)

        self.vier_ogen_vak = QVBoxLayout()
        self.vier_ogen_vak.setSpacing(2)
        self.vier_ogen_vak.setObjectName(u"vier_ogen_vak")
        self.vier_ogen = QCheckBox(StemrondeDialog)
        self.vier_ogen.setObjectName(u"vier_ogen")

        self.vier_ogen_vak.addWidget(self.vier_ogen)

        self.vier_ogen_fout = QLabel(StemrondeDialog)
        self.vier_ogen_fout.setObjectName(u"vier_ogen_fout")
        self.vier_ogen_fout.setText(u"")
        self.vier_ogen_fout.setWordWrap(True)
        self.vier_ogen_fout.setVisible(False)
        self.vier_ogen_fout.setStyleSheet(u"color: #b00020;")

        self.vier_ogen_vak.addWidget(self.vier_ogen_fout)


        self.formulier.setLayout(12, QFormLayout.ItemRole.FieldRole, self.vier_ogen_vak)

        self.ideeen_label = QLabel(StemrondeDialog)
        self.ideeen_label.setObjectName(u"ideeen_label")

        self.formulier.setWidget(13, QFormLayout.ItemRole.LabelRole, self.ideeen_label)

        self.ideeen_vak = QVBoxLayout()
        self.ideeen_vak.setSpacing(2)
        self.ideeen_vak.setObjectName(u"ideeen_vak")
        self.ideeen = QListWidget(StemrondeDialog)
        self.ideeen.setObjectName(u"ideeen")
        self.ideeen.setMinimumSize(QSize(0, 180))

        self.ideeen_vak.addWidget(self.ideeen)

        self.ideeen_fout = QLabel(StemrondeDialog)
        self.ideeen_fout.setObjectName(u"ideeen_fout")
        self.ideeen_fout.setText(u"")
        self.ideeen_fout.setWordWrap(True)
        self.ideeen_fout.setVisible(False)
        self.ideeen_fout.setStyleSheet(u"color: #b00020;")

        self.ideeen_vak.addWidget(self.ideeen_fout)


        self.formulier.setLayout(13, QFormLayout.ItemRole.FieldRole, self.ideeen_vak)


        self.hoofd.addLayout(self.formulier)

        self.knoppen = QDialogButtonBox(StemrondeDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.titel_label.setBuddy(self.titel)
        self.budget_cents_label.setBuddy(self.budget_cents)
        self.bijeenkomst_label.setBuddy(self.bijeenkomst)
        self.stemwijze_label.setBuddy(self.stemwijze)
        self.invoerwijze_label.setBuddy(self.invoerwijze)
        self.max_keuzes_label.setBuddy(self.max_keuzes)
        self.punten_per_kiezer_label.setBuddy(self.punten_per_kiezer)
        self.max_punten_per_idee_label.setBuddy(self.max_punten_per_idee)
        self.regel_label.setBuddy(self.regel)
        self.tevredenheid_label.setBuddy(self.tevredenheid)
        self.aanvulling_label.setBuddy(self.aanvulling)
        self.verhoging_cents_label.setBuddy(self.verhoging_cents)
        self.vier_ogen_label.setBuddy(self.vier_ogen)
        self.ideeen_label.setBuddy(self.ideeen)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titel, self.budget_cents)
        QWidget.setTabOrder(self.budget_cents, self.bijeenkomst)
        QWidget.setTabOrder(self.bijeenkomst, self.stemwijze)
        QWidget.setTabOrder(self.stemwijze, self.invoerwijze)
        QWidget.setTabOrder(self.invoerwijze, self.max_keuzes)
        QWidget.setTabOrder(self.max_keuzes, self.punten_per_kiezer)
        QWidget.setTabOrder(self.punten_per_kiezer, self.max_punten_per_idee)
        QWidget.setTabOrder(self.max_punten_per_idee, self.regel)
        QWidget.setTabOrder(self.regel, self.tevredenheid)
        QWidget.setTabOrder(self.tevredenheid, self.aanvulling)
        QWidget.setTabOrder(self.aanvulling, self.verhoging_cents)
        QWidget.setTabOrder(self.verhoging_cents, self.vier_ogen)
        QWidget.setTabOrder(self.vier_ogen, self.ideeen)

        self.retranslateUi(StemrondeDialog)

        QMetaObject.connectSlotsByName(StemrondeDialog)
    # setupUi

    def retranslateUi(self, StemrondeDialog):
        StemrondeDialog.setWindowTitle(QCoreApplication.translate("StemrondeDialog", u"Nieuwe stemronde", None))
        self.uitleg.setText(QCoreApplication.translate("StemrondeDialog", u"De regels liggen vast zodra de eerste stem is ingevoerd. Andere regels daarna betekent een nieuwe ronde; de oude blijft bewaard.", None))
        self.titel_label.setText(QCoreApplication.translate("StemrondeDialog", u"Naam", None))
        self.titel.setPlaceholderText(QCoreApplication.translate("StemrondeDialog", u"bijv. Bewonersavond 26 november", None))
        self.budget_cents_label.setText(QCoreApplication.translate("StemrondeDialog", u"Te verdelen budget", None))
        self.budget_cents.setPlaceholderText(QCoreApplication.translate("StemrondeDialog", u"bijv. 25.000,00", None))
        self.bijeenkomst_label.setText(QCoreApplication.translate("StemrondeDialog", u"Bijeenkomst", None))
        self.stemwijze_label.setText(QCoreApplication.translate("StemrondeDialog", u"Stemwijze", None))
        self.invoerwijze_label.setText(QCoreApplication.translate("StemrondeDialog", u"Invoer", None))
        self.max_keuzes_label.setText(QCoreApplication.translate("StemrondeDialog", u"Hoogstens kruisjes", None))
        self.max_keuzes.setSpecialValueText(QCoreApplication.translate("StemrondeDialog", u"geen maximum", None))
        self.punten_per_kiezer_label.setText(QCoreApplication.translate("StemrondeDialog", u"Punten per kiezer", None))
        self.punten_per_kiezer.setSpecialValueText(QCoreApplication.translate("StemrondeDialog", u"-", None))
        self.max_punten_per_idee_label.setText(QCoreApplication.translate("StemrondeDialog", u"Hoogstens punten op \u00e9\u00e9n idee", None))
        self.max_punten_per_idee.setSpecialValueText(QCoreApplication.translate("StemrondeDialog", u"geen maximum", None))
        self.regel_label.setText(QCoreApplication.translate("StemrondeDialog", u"Regel", None))
        self.tevredenheid_label.setText(QCoreApplication.translate("StemrondeDialog", u"Tevredenheid", None))
        self.aanvulling_label.setText(QCoreApplication.translate("StemrondeDialog", u"Aanvulling", None))
        self.verhoging_cents_label.setText(QCoreApplication.translate("StemrondeDialog", u"Verhoging per stap", None))
        self.verhoging_cents.setPlaceholderText(QCoreApplication.translate("StemrondeDialog", u"bijv. 1,00 per kiezer", None))
        self.vier_ogen_label.setText(QCoreApplication.translate("StemrondeDialog", u"Vier ogen", None))
        self.vier_ogen.setText(QCoreApplication.translate("StemrondeDialog", u"Tweede invoer door iemand anders verplicht", None))
        self.ideeen_label.setText(QCoreApplication.translate("StemrondeDialog", u"Idee\u00ebn op het stembiljet", None))
    # retranslateUi

