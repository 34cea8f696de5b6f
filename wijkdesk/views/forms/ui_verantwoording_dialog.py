# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verantwoording_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VerantwoordingDialog(object):
    def setupUi(self, VerantwoordingDialog):
        if not VerantwoordingDialog.objectName():
            VerantwoordingDialog.setObjectName(u"VerantwoordingDialog")
        VerantwoordingDialog.resize(720, 640)
        self.hoofd = QVBoxLayout(VerantwoordingDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.kop = QLabel(VerantwoordingDialog)
        self.kop.setObjectName(u"kop")
        self.kop.setText(u"")
        self.kop.setWordWrap(True)
        self.kop.setTextFormat(Qt.TextFormat.RichText)

        self.hoofd.addWidget(self.kop)

        self.melding = QLabel(VerantwoordingDialog)
        self.melding.setObjectName(u"melding")
        self.melding.setText(u"")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet(u"background: #fde7e9; color: #a4001d; border: 1px solid #e8a0a8; padding: 6px; border-radius: 3px;")

        self.hoofd.addWidget(self.melding)

        self.midden = QHBoxLayout()
        self.midden.setObjectName(u"midden")
        self.checklist_groep = QGroupBox(VerantwoordingDialog)
        self.checklist_groep.setObjectName(u"checklist_groep")
        self.checklist_vak = QVBoxLayout(self.checklist_groep)
        self.checklist_vak.setObjectName(u"checklist_vak")

        self.midden.addWidget(self.checklist_groep)

        self.geld_groep = QGroupBox(VerantwoordingDialog)
        self.geld_groep.setObjectName(u"geld_groep")
        self.geld_formulier = QFormLayout(self.geld_groep)
        self.geld_formulier.setObjectName(u"geld_formulier")
        self.toegekend_label = QLabel(self.geld_groep)
        self.toegekend_label.setObjectName(u"toegekend_label")

        self.geld_formulier.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toegekend_label)

        self.toegekend_bedrag = QLabel(self.geld_groep)
        self.toegekend_bedrag.setObjectName(u"toegekend_bedrag")
        self.toegekend_bedrag.setText(u"")

        self.geld_formulier.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toegekend_bedrag)

        self.uitgegeven_label = QLabel(self.geld_groep)
        self.uitgegeven_label.setObjectName(u"uitgegeven_label")

        self.geld_formulier.setWidget(1, QFormLayout.ItemRole.LabelRole, self.uitgegeven_label)

        self.uitgegeven_bedrag = QLabel(self.geld_groep)
        self.uitgegeven_bedrag.setObjectName(u"uitgegeven_bedrag")
        self.uitgegeven_bedrag.setText(u"")

        self.geld_formulier.setWidget(1, QFormLayout.ItemRole.FieldRole, self.uitgegeven_bedrag)

        self.resterend_label = QLabel(self.geld_groep)
        self.resterend_label.setObjectName(u"resterend_label")

        self.geld_formulier.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resterend_label)

        self.resterend_bedrag = QLabel(self.geld_groep)
        self.resterend_bedrag.setObjectName(u"resterend_bedrag")
        self.resterend_bedrag.setText(u"")

        self.geld_formulier.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resterend_bedrag)

        self.bonnen_label = QLabel(self.geld_groep)
        self.bonnen_label.setObjectName(u"bonnen_label")

        self.geld_formulier.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bonnen_label)

        self.bonnen_tekst = QLabel(self.geld_groep)
        self.bonnen_tekst.setObjectName(u"bonnen_tekst")
        self.bonnen_tekst.setText(u"")
        self.bonnen_tekst.setWordWrap(True)

        self.geld_formulier.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bonnen_tekst)


        self.midden.addWidget(self.geld_groep)


        self.hoofd.addLayout(self.midden)

        self.verslag_vak = QVBoxLayout()
        self.verslag_vak.setSpacing(2)
        self.verslag_vak.setObjectName(u"verslag_vak")
        self.verslag_label = QLabel(VerantwoordingDialog)
        self.verslag_label.setObjectName(u"verslag_label")

        self.verslag_vak.addWidget(self.verslag_label)

        self.verslag = QPlainTextEdit(VerantwoordingDialog)
        self.verslag.setObjectName(u"verslag")
        self.verslag.setTabChangesFocus(True)
        self.verslag.setMaximumSize(QSize(16777215, 120))

        self.verslag_vak.addWidget(self.verslag)

        self.verslag_fout = QLabel(VerantwoordingDialog)
        self.verslag_fout.setObjectName(u"verslag_fout")
        self.verslag_fout.setText(u"")
        self.verslag_fout.setWordWrap(True)
        self.verslag_fout.setStyleSheet(u"color: #b00020;")

        self.verslag_vak.addWidget(self.verslag_fout)


        self.hoofd.addLayout(self.verslag_vak)

        self.bijlagen_groep = QGroupBox(VerantwoordingDialog)
        self.bijlagen_groep.setObjectName(u"bijlagen_groep")
        self.bijlagen_vak = QVBoxLayout(self.bijlagen_groep)
        self.bijlagen_vak.setObjectName(u"bijlagen_vak")
        self.bijlagen_rij = QHBoxLayout()
        self.bijlagen_rij.setObjectName(u"bijlagen_rij")
        self.bijlagen = QListWidget(self.bijlagen_groep)
        self.bijlagen.setObjectName(u"bijlagen")
        self.bijlagen.setMinimumSize(QSize(0, 72))
        self.bijlagen.setAlternatingRowColors(True)

        self.bijlagen_rij.addWidget(self.bijlagen)

        self.bijlagen_knoppen = QVBoxLayout()
        self.bijlagen_knoppen.setObjectName(u"bijlagen_knoppen")
        self.bijlage_toevoegen = QPushButton(self.bijlagen_groep)
        self.bijlage_toevoegen.setObjectName(u"bijlage_toevoegen")

        self.bijlagen_knoppen.addWidget(self.bijlage_toevoegen)

        self.bijlage_openen = QPushButton(self.bijlagen_groep)
        self.bijlage_openen.setObjectName(u"bijlage_openen")

        self.bijlagen_knoppen.addWidget(self.bijlage_openen)

        self.bijlage_verwijderen = QPushButton(self.bijlagen_groep)
        self.bijlage_verwijderen.setObjectName(u"bijlage_verwijderen")

        self.bijlagen_knoppen.addWidget(self.bijlage_verwijderen)

        self.vulling_bijlagen = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bijlagen_knoppen.addItem(self.vulling_bijlagen)


        self.bijlagen_rij.addLayout(self.bijlagen_knoppen)


        self.bijlagen_vak.addLayout(self.bijlagen_rij)

        self.bijlage_fout = QLabel(self.bijlagen_groep)
        self.bijlage_fout.setObjectName(u"bijlage_fout")
        self.bijlage_fout.setText(u"")
        self.bijlage_fout.setWordWrap(True)
        self.bijlage_fout.setStyleSheet(u"color: #b00020;")

        self.bijlagen_vak.addWidget(self.bijlage_fout)


        self.hoofd.addWidget(self.bijlagen_groep)

        self.stand = QLabel(VerantwoordingDialog)
        self.stand.setObjectName(u"stand")
        self.stand.setText(u"")
        self.stand.setWordWrap(True)
        self.stand.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.stand)

        self.onder = QHBoxLayout()
        self.onder.setObjectName(u"onder")
        self.verantwoord_knop = QPushButton(VerantwoordingDialog)
        self.verantwoord_knop.setObjectName(u"verantwoord_knop")

        self.onder.addWidget(self.verantwoord_knop)

        self.vulling_onder = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onder.addItem(self.vulling_onder)

        self.knoppen = QDialogButtonBox(VerantwoordingDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.onder.addWidget(self.knoppen)


        self.hoofd.addLayout(self.onder)

#if QT_CONFIG(shortcut)
        self.verslag_label.setBuddy(self.verslag)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerantwoordingDialog)

        QMetaObject.connectSlotsByName(VerantwoordingDialog)
    # setupUi

    def retranslateUi(self, VerantwoordingDialog):
        VerantwoordingDialog.setWindowTitle(QCoreApplication.translate("VerantwoordingDialog", u"Verantwoording", None))
        self.checklist_groep.setTitle(QCoreApplication.translate("VerantwoordingDialog", u"Checklist", None))
        self.geld_groep.setTitle(QCoreApplication.translate("VerantwoordingDialog", u"Financieel overzicht", None))
        self.toegekend_label.setText(QCoreApplication.translate("VerantwoordingDialog", u"Toegekend", None))
        self.uitgegeven_label.setText(QCoreApplication.translate("VerantwoordingDialog", u"Uitgegeven", None))
        self.resterend_label.setText(QCoreApplication.translate("VerantwoordingDialog", u"Over", None))
        self.bonnen_label.setText(QCoreApplication.translate("VerantwoordingDialog", u"Bonnen", None))
        self.verslag_label.setText(QCoreApplication.translate("VerantwoordingDialog", u"&Verslag (wat is er gedaan, wie deden mee, wat leverde het op)", None))
        self.verslag.setPlaceholderText(QCoreApplication.translate("VerantwoordingDialog", u"Bijvoorbeeld: op 14 juni vierden 80 buren het straatfeest; de werkgroep zette tafels en een springkussen neer.", None))
        self.bijlagen_groep.setTitle(QCoreApplication.translate("VerantwoordingDialog", u"Bijlagen bij de toekenning (bonnen, foto's, documenten)", None))
        self.bijlage_toevoegen.setText(QCoreApplication.translate("VerantwoordingDialog", u"Toevoegen\u2026", None))
        self.bijlage_openen.setText(QCoreApplication.translate("VerantwoordingDialog", u"Openen", None))
        self.bijlage_verwijderen.setText(QCoreApplication.translate("VerantwoordingDialog", u"Verwijderen", None))
        self.verantwoord_knop.setText(QCoreApplication.translate("VerantwoordingDialog", u"&Verantwoord\u2026", None))
    # retranslateUi

