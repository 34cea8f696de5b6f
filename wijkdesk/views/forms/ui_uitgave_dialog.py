# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'uitgave_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UitgaveDialog(object):
    def setupUi(self, UitgaveDialog):
        if not UitgaveDialog.objectName():
            UitgaveDialog.setObjectName(u"UitgaveDialog")
        UitgaveDialog.resize(520, 480)
        self.hoofd = QVBoxLayout(UitgaveDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.datum_label = QLabel(UitgaveDialog)
        self.datum_label.setObjectName(u"datum_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.datum_label)

        self.datum_vak = QVBoxLayout()
        self.datum_vak.setSpacing(2)
        self.datum_vak.setObjectName(u"datum_vak")
        self.datum = QLineEdit(UitgaveDialog)
        self.datum.setObjectName(u"datum")

        self.datum_vak.addWidget(self.datum)

        self.datum_fout = QLabel(UitgaveDialog)
        self.datum_fout.setObjectName(u"datum_fout")
        self.datum_fout.setText(u"")
        self.datum_fout.setWordWrap(True)
        self.datum_fout.setVisible(False)
        self.datum_fout.setStyleSheet(u"color: #b00020;")

        self.datum_vak.addWidget(self.datum_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.datum_vak)

        self.omschrijving_label = QLabel(UitgaveDialog)
        self.omschrijving_label.setObjectName(u"omschrijving_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.omschrijving_label)

        self.omschrijving_vak = QVBoxLayout()
        self.omschrijving_vak.setSpacing(2)
        self.omschrijving_vak.setObjectName(u"omschrijving_vak")
        self.omschrijving = QLineEdit(UitgaveDialog)
        self.omschrijving.setObjectName(u"omschrijving")

        self.omschrijving_vak.addWidget(self.omschrijving)

        self.omschrijving_fout = QLabel(UitgaveDialog)
        self.omschrijving_fout.setObjectName(u"omschrijving_fout")
        self.omschrijving_fout.setText(u"")
        self.omschrijving_fout.setWordWrap(True)
        self.omschrijving_fout.setVisible(False)
        self.omschrijving_fout.setStyleSheet(u"color: #b00020;")

        self.omschrijving_vak.addWidget(self.omschrijving_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.omschrijving_vak)

        self.bedrag_cents_label = QLabel(UitgaveDialog)
        self.bedrag_cents_label.setObjectName(u"bedrag_cents_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bedrag_cents_label)

        self.bedrag_cents_vak = QVBoxLayout()
        self.bedrag_cents_vak.setSpacing(2)
        self.bedrag_cents_vak.setObjectName(u"bedrag_cents_vak")
        self.bedrag_cents = QLineEdit(UitgaveDialog)
        self.bedrag_cents.setObjectName(u"bedrag_cents")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents)

        self.bedrag_cents_fout = QLabel(UitgaveDialog)
        self.bedrag_cents_fout.setObjectName(u"bedrag_cents_fout")
        self.bedrag_cents_fout.setText(u"")
        self.bedrag_cents_fout.setWordWrap(True)
        self.bedrag_cents_fout.setVisible(False)
        self.bedrag_cents_fout.setStyleSheet(u"color: #b00020;")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.bedrag_cents_vak)

        self.leverancier_label = QLabel(UitgaveDialog)
        self.leverancier_label.setObjectName(u"leverancier_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leverancier_label)

        self.leverancier_vak = QVBoxLayout()
        self.leverancier_vak.setSpacing(2)
        self.leverancier_vak.setObjectName(u"leverancier_vak")
        self.leverancier = QLineEdit(UitgaveDialog)
        self.leverancier.setObjectName(u"leverancier")

        self.leverancier_vak.addWidget(self.leverancier)

        self.leverancier_fout = QLabel(UitgaveDialog)
        self.leverancier_fout.setObjectName(u"leverancier_fout")
        self.leverancier_fout.setText(u"")
        self.leverancier_fout.setWordWrap(True)
        self.leverancier_fout.setVisible(False)
        self.leverancier_fout.setStyleSheet(u"color: #b00020;")

        self.leverancier_vak.addWidget(self.leverancier_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.leverancier_vak)

        self.factuurnummer_label = QLabel(UitgaveDialog)
        self.factuurnummer_label.setObjectName(u"factuurnummer_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.factuurnummer_label)

        self.factuurnummer_vak = QVBoxLayout()
        self.factuurnummer_vak.setSpacing(2)
        self.factuurnummer_vak.setObjectName(u"factuurnummer_vak")
        self.factuurnummer = QLineEdit(UitgaveDialog)
        self.factuurnummer.setObjectName(u"factuurnummer")

        self.factuurnummer_vak.addWidget(self.factuurnummer)

        self.factuurnummer_fout = QLabel(UitgaveDialog)
        self.factuurnummer_fout.setObjectName(u"factuurnummer_fout")
        self.factuurnummer_fout.setText(u"")
        self.factuurnummer_fout.setWordWrap(True)
        self.factuurnummer_fout.setVisible(False)
        self.factuurnummer_fout.setStyleSheet(u"color: #b00020;")

        self.factuurnummer_vak.addWidget(self.factuurnummer_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.factuurnummer_vak)

        self.toekenning_label = QLabel(UitgaveDialog)
        self.toekenning_label.setObjectName(u"toekenning_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toekenning_label)

        self.toekenning_vak = QVBoxLayout()
        self.toekenning_vak.setSpacing(2)
        self.toekenning_vak.setObjectName(u"toekenning_vak")
        self.toekenning = QComboBox(UitgaveDialog)
        self.toekenning.setObjectName(u"toekenning")

        self.toekenning_vak.addWidget(self.toekenning)

        self.toekenning_fout = QLabel(UitgaveDialog)
        self.toekenning_fout.setObjectName(u"toekenning_fout")
        self.toekenning_fout.setText(u"")
        self.toekenning_fout.setWordWrap(True)
        self.toekenning_fout.setVisible(False)
        self.toekenning_fout.setStyleSheet(u"color: #b00020;")

        self.toekenning_vak.addWidget(self.toekenning_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.toekenning_vak)

        self.doel_label = QLabel(UitgaveDialog)
        self.doel_label.setObjectName(u"doel_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.doel_label)

        self.doel_vak = QVBoxLayout()
        self.doel_vak.setSpacing(2)
        self.doel_vak.setObjectName(u"doel_vak")
        self.doel = QComboBox(UitgaveDialog)
        self.doel.setObjectName(u"doel")

        self.doel_vak.addWidget(self.doel)

        self.doel_fout = QLabel(UitgaveDialog)
        self.doel_fout.setObjectName(u"doel_fout")
        self.doel_fout.setText(u"")
        self.doel_fout.setWordWrap(True)
        self.doel_fout.setVisible(False)
        self.doel_fout.setStyleSheet(u"color: #b00020;")

        self.doel_vak.addWidget(self.doel_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.doel_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.rij_1 = QHBoxLayout()
        self.rij_1.setObjectName(u"rij_1")
        self.bonnetje_label = QLabel(UitgaveDialog)
        self.bonnetje_label.setObjectName(u"bonnetje_label")
        self.bonnetje_label.setWordWrap(True)

        self.rij_1.addWidget(self.bonnetje_label)

        self.bonnetje = QLineEdit(UitgaveDialog)
        self.bonnetje.setObjectName(u"bonnetje")
        self.bonnetje.setReadOnly(True)

        self.rij_1.addWidget(self.bonnetje)

        self.bonnetje_knop = QPushButton(UitgaveDialog)
        self.bonnetje_knop.setObjectName(u"bonnetje_knop")

        self.rij_1.addWidget(self.bonnetje_knop)

        self.bonnetje_weg_knop = QPushButton(UitgaveDialog)
        self.bonnetje_weg_knop.setObjectName(u"bonnetje_weg_knop")

        self.rij_1.addWidget(self.bonnetje_weg_knop)


        self.hoofd.addLayout(self.rij_1)

        self.bonnetje_fout = QLabel(UitgaveDialog)
        self.bonnetje_fout.setObjectName(u"bonnetje_fout")
        self.bonnetje_fout.setText(u"")
        self.bonnetje_fout.setWordWrap(True)
        self.bonnetje_fout.setStyleSheet(u"color: #b00020;")

        self.hoofd.addWidget(self.bonnetje_fout)

        self.waarschuwingen = QLabel(UitgaveDialog)
        self.waarschuwingen.setObjectName(u"waarschuwingen")
        self.waarschuwingen.setText(u"")
        self.waarschuwingen.setWordWrap(True)
        self.waarschuwingen.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; border-radius: 3px;")

        self.hoofd.addWidget(self.waarschuwingen)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(UitgaveDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.datum_label.setBuddy(self.datum)
        self.omschrijving_label.setBuddy(self.omschrijving)
        self.bedrag_cents_label.setBuddy(self.bedrag_cents)
        self.leverancier_label.setBuddy(self.leverancier)
        self.factuurnummer_label.setBuddy(self.factuurnummer)
        self.toekenning_label.setBuddy(self.toekenning)
        self.doel_label.setBuddy(self.doel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UitgaveDialog)

        QMetaObject.connectSlotsByName(UitgaveDialog)
    # setupUi

    def retranslateUi(self, UitgaveDialog):
        UitgaveDialog.setWindowTitle(QCoreApplication.translate("UitgaveDialog", u"Uitgave", None))
        self.datum_label.setText(QCoreApplication.translate("UitgaveDialog", u"Datum", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("UitgaveDialog", u"dd-mm-jjjj", None))
        self.omschrijving_label.setText(QCoreApplication.translate("UitgaveDialog", u"Omschrijving", None))
        self.bedrag_cents_label.setText(QCoreApplication.translate("UitgaveDialog", u"Bedrag", None))
        self.bedrag_cents.setPlaceholderText(QCoreApplication.translate("UitgaveDialog", u"bijv. 1.250,00", None))
        self.leverancier_label.setText(QCoreApplication.translate("UitgaveDialog", u"Leverancier", None))
        self.factuurnummer_label.setText(QCoreApplication.translate("UitgaveDialog", u"Factuurnummer", None))
        self.toekenning_label.setText(QCoreApplication.translate("UitgaveDialog", u"Toekenning", None))
        self.doel_label.setText(QCoreApplication.translate("UitgaveDialog", u"Doel", None))
        self.bonnetje_label.setText(QCoreApplication.translate("UitgaveDialog", u"Bonnetje", None))
        self.bonnetje_knop.setText(QCoreApplication.translate("UitgaveDialog", u"Kiezen\u2026", None))
        self.bonnetje_weg_knop.setText(QCoreApplication.translate("UitgaveDialog", u"Weghalen", None))
    # retranslateUi

