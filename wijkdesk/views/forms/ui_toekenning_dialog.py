# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'toekenning_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ToekenningDialog(object):
    def setupUi(self, ToekenningDialog):
        if not ToekenningDialog.objectName():
            ToekenningDialog.setObjectName(u"ToekenningDialog")
        ToekenningDialog.resize(520, 520)
        self.hoofd = QVBoxLayout(ToekenningDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.omschrijving_label = QLabel(ToekenningDialog)
        self.omschrijving_label.setObjectName(u"omschrijving_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.omschrijving_label)

        self.omschrijving_vak = QVBoxLayout()
        self.omschrijving_vak.setSpacing(2)
        self.omschrijving_vak.setObjectName(u"omschrijving_vak")
        self.omschrijving = QLineEdit(ToekenningDialog)
        self.omschrijving.setObjectName(u"omschrijving")

        self.omschrijving_vak.addWidget(self.omschrijving)

        self.omschrijving_fout = QLabel(ToekenningDialog)
        self.omschrijving_fout.setObjectName(u"omschrijving_fout")
        self.omschrijving_fout.setText(u"")
        self.omschrijving_fout.setWordWrap(True)
        self.omschrijving_fout.setVisible(False)
        self.omschrijving_fout.setStyleSheet(u"color: #b00020;")

        self.omschrijving_vak.addWidget(self.omschrijving_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.omschrijving_vak)

        self.doel_label = QLabel(ToekenningDialog)
        self.doel_label.setObjectName(u"doel_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doel_label)

        self.doel_vak = QVBoxLayout()
        self.doel_vak.setSpacing(2)
        self.doel_vak.setObjectName(u"doel_vak")
        self.doel = QComboBox(ToekenningDialog)
        self.doel.setObjectName(u"doel")

        self.doel_vak.addWidget(self.doel)

        self.doel_fout = QLabel(ToekenningDialog)
        self.doel_fout.setObjectName(u"doel_fout")
        self.doel_fout.setText(u"")
        self.doel_fout.setWordWrap(True)
        self.doel_fout.setVisible(False)
        self.doel_fout.setStyleSheet(u"color: #b00020;")

        self.doel_vak.addWidget(self.doel_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.doel_vak)

        self.groep_label = QLabel(ToekenningDialog)
        self.groep_label.setObjectName(u"groep_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groep_label)

        self.groep_vak = QVBoxLayout()
        self.groep_vak.setSpacing(2)
        self.groep_vak.setObjectName(u"groep_vak")
        self.groep = QComboBox(ToekenningDialog)
        self.groep.setObjectName(u"groep")

        self.groep_vak.addWidget(self.groep)

        self.groep_fout = QLabel(ToekenningDialog)
        self.groep_fout.setObjectName(u"groep_fout")
        self.groep_fout.setText(u"")
        self.groep_fout.setWordWrap(True)
        self.groep_fout.setVisible(False)
        self.groep_fout.setStyleSheet(u"color: #b00020;")

        self.groep_vak.addWidget(self.groep_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.groep_vak)

        self.activiteit_soort_label = QLabel(ToekenningDialog)
        self.activiteit_soort_label.setObjectName(u"activiteit_soort_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activiteit_soort_label)

        self.activiteit_soort_vak = QVBoxLayout()
        self.activiteit_soort_vak.setSpacing(2)
        self.activiteit_soort_vak.setObjectName(u"activiteit_soort_vak")
        self.activiteit_soort = QComboBox(ToekenningDialog)
        self.activiteit_soort.setObjectName(u"activiteit_soort")
        self.activiteit_soort.setEditable(True)

        self.activiteit_soort_vak.addWidget(self.activiteit_soort)

        self.activiteit_soort_fout = QLabel(ToekenningDialog)
        self.activiteit_soort_fout.setObjectName(u"activiteit_soort_fout")
        self.activiteit_soort_fout.setText(u"")
        self.activiteit_soort_fout.setWordWrap(True)
        self.activiteit_soort_fout.setVisible(False)
        self.activiteit_soort_fout.setStyleSheet(u"color: #b00020;")

        self.activiteit_soort_vak.addWidget(self.activiteit_soort_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.activiteit_soort_vak)

        self.bedrag_cents_label = QLabel(ToekenningDialog)
        self.bedrag_cents_label.setObjectName(u"bedrag_cents_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bedrag_cents_label)

        self.bedrag_cents_vak = QVBoxLayout()
        self.bedrag_cents_vak.setSpacing(2)
        self.bedrag_cents_vak.setObjectName(u"bedrag_cents_vak")
        self.bedrag_cents = QLineEdit(ToekenningDialog)
        self.bedrag_cents.setObjectName(u"bedrag_cents")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents)

        self.bedrag_cents_fout = QLabel(ToekenningDialog)
        self.bedrag_cents_fout.setObjectName(u"bedrag_cents_fout")
        self.bedrag_cents_fout.setText(u"")
        self.bedrag_cents_fout.setWordWrap(True)
        self.bedrag_cents_fout.setVisible(False)
        self.bedrag_cents_fout.setStyleSheet(u"color: #b00020;")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bedrag_cents_vak)

        self.zaaknummer_label = QLabel(ToekenningDialog)
        self.zaaknummer_label.setObjectName(u"zaaknummer_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.zaaknummer_label)

        self.zaaknummer_vak = QVBoxLayout()
        self.zaaknummer_vak.setSpacing(2)
        self.zaaknummer_vak.setObjectName(u"zaaknummer_vak")
        self.zaaknummer = QLineEdit(ToekenningDialog)
        self.zaaknummer.setObjectName(u"zaaknummer")

        self.zaaknummer_vak.addWidget(self.zaaknummer)

        self.zaaknummer_fout = QLabel(ToekenningDialog)
        self.zaaknummer_fout.setObjectName(u"zaaknummer_fout")
        self.zaaknummer_fout.setText(u"")
        self.zaaknummer_fout.setWordWrap(True)
        self.zaaknummer_fout.setVisible(False)
        self.zaaknummer_fout.setStyleSheet(u"color: #b00020;")

        self.zaaknummer_vak.addWidget(self.zaaknummer_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.zaaknummer_vak)

        self.besluitdatum_label = QLabel(ToekenningDialog)
        self.besluitdatum_label.setObjectName(u"besluitdatum_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.besluitdatum_label)

        self.besluitdatum_vak = QVBoxLayout()
        self.besluitdatum_vak.setSpacing(2)
        self.besluitdatum_vak.setObjectName(u"besluitdatum_vak")
        self.besluitdatum = QLineEdit(ToekenningDialog)
        self.besluitdatum.setObjectName(u"besluitdatum")

        self.besluitdatum_vak.addWidget(self.besluitdatum)

        self.besluitdatum_fout = QLabel(ToekenningDialog)
        self.besluitdatum_fout.setObjectName(u"besluitdatum_fout")
        self.besluitdatum_fout.setText(u"")
        self.besluitdatum_fout.setWordWrap(True)
        self.besluitdatum_fout.setVisible(False)
        self.besluitdatum_fout.setStyleSheet(u"color: #b00020;")

        self.besluitdatum_vak.addWidget(self.besluitdatum_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.besluitdatum_vak)

        self.besloten_door_label = QLabel(ToekenningDialog)
        self.besloten_door_label.setObjectName(u"besloten_door_label")

        self.formulier_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.besloten_door_label)

        self.besloten_door_vak = QVBoxLayout()
        self.besloten_door_vak.setSpacing(2)
        self.besloten_door_vak.setObjectName(u"besloten_door_vak")
        self.besloten_door = QLineEdit(ToekenningDialog)
        self.besloten_door.setObjectName(u"besloten_door")

        self.besloten_door_vak.addWidget(self.besloten_door)

        self.besloten_door_fout = QLabel(ToekenningDialog)
        self.besloten_door_fout.setObjectName(u"besloten_door_fout")
        self.besloten_door_fout.setText(u"")
        self.besloten_door_fout.setWordWrap(True)
        self.besloten_door_fout.setVisible(False)
        self.besloten_door_fout.setStyleSheet(u"color: #b00020;")

        self.besloten_door_vak.addWidget(self.besloten_door_fout)


        self.formulier_1.setLayout(7, QFormLayout.ItemRole.FieldRole, self.besloten_door_vak)

        self.activiteit_einddatum_label = QLabel(ToekenningDialog)
        self.activiteit_einddatum_label.setObjectName(u"activiteit_einddatum_label")

        self.formulier_1.setWidget(8, QFormLayout.ItemRole.LabelRole, self.activiteit_einddatum_label)

        self.activiteit_einddatum_vak = QVBoxLayout()
        self.activiteit_einddatum_vak.setSpacing(2)
        self.activiteit_einddatum_vak.setObjectName(u"activiteit_einddatum_vak")
        self.activiteit_einddatum = QLineEdit(ToekenningDialog)
        self.activiteit_einddatum.setObjectName(u"activiteit_einddatum")

        self.activiteit_einddatum_vak.addWidget(self.activiteit_einddatum)

        self.activiteit_einddatum_fout = QLabel(ToekenningDialog)
        self.activiteit_einddatum_fout.setObjectName(u"activiteit_einddatum_fout")
        self.activiteit_einddatum_fout.setText(u"")
        self.activiteit_einddatum_fout.setWordWrap(True)
        self.activiteit_einddatum_fout.setVisible(False)
        self.activiteit_einddatum_fout.setStyleSheet(u"color: #b00020;")

        self.activiteit_einddatum_vak.addWidget(self.activiteit_einddatum_fout)


        self.formulier_1.setLayout(8, QFormLayout.ItemRole.FieldRole, self.activiteit_einddatum_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.waarschuwingen = QLabel(ToekenningDialog)
        self.waarschuwingen.setObjectName(u"waarschuwingen")
        self.waarschuwingen.setText(u"")
        self.waarschuwingen.setWordWrap(True)
        self.waarschuwingen.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; border-radius: 3px;")

        self.hoofd.addWidget(self.waarschuwingen)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(ToekenningDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.omschrijving_label.setBuddy(self.omschrijving)
        self.doel_label.setBuddy(self.doel)
        self.groep_label.setBuddy(self.groep)
        self.activiteit_soort_label.setBuddy(self.activiteit_soort)
        self.bedrag_cents_label.setBuddy(self.bedrag_cents)
        self.zaaknummer_label.setBuddy(self.zaaknummer)
        self.besluitdatum_label.setBuddy(self.besluitdatum)
        self.besloten_door_label.setBuddy(self.besloten_door)
        self.activiteit_einddatum_label.setBuddy(self.activiteit_einddatum)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ToekenningDialog)

        QMetaObject.connectSlotsByName(ToekenningDialog)
    # setupUi

    def retranslateUi(self, ToekenningDialog):
        ToekenningDialog.setWindowTitle(QCoreApplication.translate("ToekenningDialog", u"Toekenning", None))
        self.omschrijving_label.setText(QCoreApplication.translate("ToekenningDialog", u"Omschrijving", None))
        self.doel_label.setText(QCoreApplication.translate("ToekenningDialog", u"Voor doel", None))
        self.groep_label.setText(QCoreApplication.translate("ToekenningDialog", u"Voor groep", None))
        self.activiteit_soort_label.setText(QCoreApplication.translate("ToekenningDialog", u"Soort activiteit", None))
        self.bedrag_cents_label.setText(QCoreApplication.translate("ToekenningDialog", u"Bedrag", None))
        self.bedrag_cents.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"bijv. 1.250,00", None))
        self.zaaknummer_label.setText(QCoreApplication.translate("ToekenningDialog", u"Zaaknummer", None))
        self.zaaknummer.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"bijv. Z-2026-0123", None))
        self.besluitdatum_label.setText(QCoreApplication.translate("ToekenningDialog", u"Besluitdatum", None))
        self.besluitdatum.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
        self.besloten_door_label.setText(QCoreApplication.translate("ToekenningDialog", u"Besloten door", None))
        self.activiteit_einddatum_label.setText(QCoreApplication.translate("ToekenningDialog", u"Einde activiteit", None))
        self.activiteit_einddatum.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
    # retranslateUi

