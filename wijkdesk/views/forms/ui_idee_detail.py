# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'idee_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IdeeDetail(object):
    def setupUi(self, IdeeDetail):
        if not IdeeDetail.objectName():
            IdeeDetail.setObjectName(u"IdeeDetail")
        self.hoofd = QVBoxLayout(IdeeDetail)
        self.hoofd.setObjectName(u"hoofd")
        self.kop = QLabel(IdeeDetail)
        self.kop.setObjectName(u"kop")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kop.sizePolicy().hasHeightForWidth())
        self.kop.setSizePolicy(sizePolicy)
        self.kop.setTextFormat(Qt.PlainText)
        self.kop.setText(u"")
        self.kop.setWordWrap(True)
        self.kop.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.hoofd.addWidget(self.kop)

        self.rij_1 = QHBoxLayout()
        self.rij_1.setObjectName(u"rij_1")
        self.status_tekst = QLabel(IdeeDetail)
        self.status_tekst.setObjectName(u"status_tekst")
        self.status_tekst.setText(u"")
        self.status_tekst.setWordWrap(False)

        self.rij_1.addWidget(self.status_tekst)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_1.addItem(self.ruimte_1)

        self.status_knop = QPushButton(IdeeDetail)
        self.status_knop.setObjectName(u"status_knop")

        self.rij_1.addWidget(self.status_knop)


        self.hoofd.addLayout(self.rij_1)

        self.status_reden = QLabel(IdeeDetail)
        self.status_reden.setObjectName(u"status_reden")
        self.status_reden.setText(u"")
        self.status_reden.setWordWrap(True)
        self.status_reden.setStyleSheet(u"color: #555; font-style: italic;")

        self.hoofd.addWidget(self.status_reden)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titel_label = QLabel(IdeeDetail)
        self.titel_label.setObjectName(u"titel_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titel_label)

        self.titel_vak = QVBoxLayout()
        self.titel_vak.setSpacing(2)
        self.titel_vak.setObjectName(u"titel_vak")
        self.titel = QLineEdit(IdeeDetail)
        self.titel.setObjectName(u"titel")

        self.titel_vak.addWidget(self.titel)

        self.titel_fout = QLabel(IdeeDetail)
        self.titel_fout.setObjectName(u"titel_fout")
        self.titel_fout.setText(u"")
        self.titel_fout.setWordWrap(True)
        self.titel_fout.setVisible(False)
        self.titel_fout.setStyleSheet(u"color: #b00020;")

        self.titel_vak.addWidget(self.titel_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titel_vak)

        self.omschrijving_label = QLabel(IdeeDetail)
        self.omschrijving_label.setObjectName(u"omschrijving_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.omschrijving_label)

        self.omschrijving_vak = QVBoxLayout()
        self.omschrijving_vak.setSpacing(2)
        self.omschrijving_vak.setObjectName(u"omschrijving_vak")
        self.omschrijving = QPlainTextEdit(IdeeDetail)
        self.omschrijving.setObjectName(u"omschrijving")
        self.omschrijving.setTabChangesFocus(True)
        self.omschrijving.setMaximumSize(QSize(16777215, 120))

        self.omschrijving_vak.addWidget(self.omschrijving)

        self.omschrijving_fout = QLabel(IdeeDetail)
        self.omschrijving_fout.setObjectName(u"omschrijving_fout")
        self.omschrijving_fout.setText(u"")
        self.omschrijving_fout.setWordWrap(True)
        self.omschrijving_fout.setVisible(False)
        self.omschrijving_fout.setStyleSheet(u"color: #b00020;")

        self.omschrijving_vak.addWidget(self.omschrijving_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.omschrijving_vak)

        self.thema_label = QLabel(IdeeDetail)
        self.thema_label.setObjectName(u"thema_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thema_label)

        self.thema_vak = QVBoxLayout()
        self.thema_vak.setSpacing(2)
        self.thema_vak.setObjectName(u"thema_vak")
        self.thema = QComboBox(IdeeDetail)
        self.thema.setObjectName(u"thema")
        self.thema.setEditable(True)

        self.thema_vak.addWidget(self.thema)

        self.thema_fout = QLabel(IdeeDetail)
        self.thema_fout.setObjectName(u"thema_fout")
        self.thema_fout.setText(u"")
        self.thema_fout.setWordWrap(True)
        self.thema_fout.setVisible(False)
        self.thema_fout.setStyleSheet(u"color: #b00020;")

        self.thema_vak.addWidget(self.thema_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.thema_vak)

        self.geschatte_kosten_cents_label = QLabel(IdeeDetail)
        self.geschatte_kosten_cents_label.setObjectName(u"geschatte_kosten_cents_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.geschatte_kosten_cents_label)

        self.geschatte_kosten_cents_vak = QVBoxLayout()
        self.geschatte_kosten_cents_vak.setSpacing(2)
        self.geschatte_kosten_cents_vak.setObjectName(u"geschatte_kosten_cents_vak")
        self.geschatte_kosten_cents = QLineEdit(IdeeDetail)
        self.geschatte_kosten_cents.setObjectName(u"geschatte_kosten_cents")

        self.geschatte_kosten_cents_vak.addWidget(self.geschatte_kosten_cents)

        self.geschatte_kosten_cents_fout = QLabel(IdeeDetail)
        self.geschatte_kosten_cents_fout.setObjectName(u"geschatte_kosten_cents_fout")
        self.geschatte_kosten_cents_fout.setText(u"")
        self.geschatte_kosten_cents_fout.setWordWrap(True)
        self.geschatte_kosten_cents_fout.setVisible(False)
        self.geschatte_kosten_cents_fout.setStyleSheet(u"color: #b00020;")

        self.geschatte_kosten_cents_vak.addWidget(self.geschatte_kosten_cents_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.geschatte_kosten_cents_vak)

        self.ingediend_door_groep_label = QLabel(IdeeDetail)
        self.ingediend_door_groep_label.setObjectName(u"ingediend_door_groep_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ingediend_door_groep_label)

        self.ingediend_door_groep_vak = QVBoxLayout()
        self.ingediend_door_groep_vak.setSpacing(2)
        self.ingediend_door_groep_vak.setObjectName(u"ingediend_door_groep_vak")
        self.ingediend_door_groep = QComboBox(IdeeDetail)
        self.ingediend_door_groep.setObjectName(u"ingediend_door_groep")

        self.ingediend_door_groep_vak.addWidget(self.ingediend_door_groep)

        self.ingediend_door_groep_fout = QLabel(IdeeDetail)
        self.ingediend_door_groep_fout.setObjectName(u"ingediend_door_groep_fout")
        self.ingediend_door_groep_fout.setText(u"")
        self.ingediend_door_groep_fout.setWordWrap(True)
        self.ingediend_door_groep_fout.setVisible(False)
        self.ingediend_door_groep_fout.setStyleSheet(u"color: #b00020;")

        self.ingediend_door_groep_vak.addWidget(self.ingediend_door_groep_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ingediend_door_groep_vak)

        self.ingediend_door_persoon_label = QLabel(IdeeDetail)
        self.ingediend_door_persoon_label.setObjectName(u"ingediend_door_persoon_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ingediend_door_persoon_label)

        self.ingediend_door_persoon_vak = QVBoxLayout()
        self.ingediend_door_persoon_vak.setSpacing(2)
        self.ingediend_door_persoon_vak.setObjectName(u"ingediend_door_persoon_vak")
        self.ingediend_door_persoon = QComboBox(IdeeDetail)
        self.ingediend_door_persoon.setObjectName(u"ingediend_door_persoon")

        self.ingediend_door_persoon_vak.addWidget(self.ingediend_door_persoon)

        self.ingediend_door_persoon_fout = QLabel(IdeeDetail)
        self.ingediend_door_persoon_fout.setObjectName(u"ingediend_door_persoon_fout")
        self.ingediend_door_persoon_fout.setText(u"")
        self.ingediend_door_persoon_fout.setWordWrap(True)
        self.ingediend_door_persoon_fout.setVisible(False)
        self.ingediend_door_persoon_fout.setStyleSheet(u"color: #b00020;")

        self.ingediend_door_persoon_vak.addWidget(self.ingediend_door_persoon_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ingediend_door_persoon_vak)

        self.bijeenkomst_label = QLabel(IdeeDetail)
        self.bijeenkomst_label.setObjectName(u"bijeenkomst_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bijeenkomst_label)

        self.bijeenkomst_vak = QVBoxLayout()
        self.bijeenkomst_vak.setSpacing(2)
        self.bijeenkomst_vak.setObjectName(u"bijeenkomst_vak")
        self.bijeenkomst = QComboBox(IdeeDetail)
        self.bijeenkomst.setObjectName(u"bijeenkomst")

        self.bijeenkomst_vak.addWidget(self.bijeenkomst)

        self.bijeenkomst_fout = QLabel(IdeeDetail)
        self.bijeenkomst_fout.setObjectName(u"bijeenkomst_fout")
        self.bijeenkomst_fout.setText(u"")
        self.bijeenkomst_fout.setWordWrap(True)
        self.bijeenkomst_fout.setVisible(False)
        self.bijeenkomst_fout.setStyleSheet(u"color: #b00020;")

        self.bijeenkomst_vak.addWidget(self.bijeenkomst_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.bijeenkomst_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.knoppen_1 = QHBoxLayout()
        self.knoppen_1.setObjectName(u"knoppen_1")
        self.maak_doel_knop = QPushButton(IdeeDetail)
        self.maak_doel_knop.setObjectName(u"maak_doel_knop")

        self.knoppen_1.addWidget(self.maak_doel_knop)

        self.ruimte_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_1.addItem(self.ruimte_2)

        self.verwijder_knop = QPushButton(IdeeDetail)
        self.verwijder_knop.setObjectName(u"verwijder_knop")

        self.knoppen_1.addWidget(self.verwijder_knop)


        self.hoofd.addLayout(self.knoppen_1)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

#if QT_CONFIG(shortcut)
        self.titel_label.setBuddy(self.titel)
        self.omschrijving_label.setBuddy(self.omschrijving)
        self.thema_label.setBuddy(self.thema)
        self.geschatte_kosten_cents_label.setBuddy(self.geschatte_kosten_cents)
        self.ingediend_door_groep_label.setBuddy(self.ingediend_door_groep)
        self.ingediend_door_persoon_label.setBuddy(self.ingediend_door_persoon)
        self.bijeenkomst_label.setBuddy(self.bijeenkomst)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IdeeDetail)

        QMetaObject.connectSlotsByName(IdeeDetail)
    # setupUi

    def retranslateUi(self, IdeeDetail):
        IdeeDetail.setWindowTitle(QCoreApplication.translate("IdeeDetail", u"Idee", None))
        self.status_knop.setText(QCoreApplication.translate("IdeeDetail", u"Status wijzigen\u2026", None))
        self.titel_label.setText(QCoreApplication.translate("IdeeDetail", u"Titel", None))
        self.omschrijving_label.setText(QCoreApplication.translate("IdeeDetail", u"Omschrijving", None))
        self.thema_label.setText(QCoreApplication.translate("IdeeDetail", u"Thema", None))
        self.geschatte_kosten_cents_label.setText(QCoreApplication.translate("IdeeDetail", u"Geschatte kosten", None))
        self.geschatte_kosten_cents.setPlaceholderText(QCoreApplication.translate("IdeeDetail", u"bijv. 1.250,00", None))
        self.ingediend_door_groep_label.setText(QCoreApplication.translate("IdeeDetail", u"Ingediend door groep", None))
        self.ingediend_door_persoon_label.setText(QCoreApplication.translate("IdeeDetail", u"Ingediend door persoon", None))
        self.bijeenkomst_label.setText(QCoreApplication.translate("IdeeDetail", u"Bijeenkomst", None))
        self.maak_doel_knop.setText(QCoreApplication.translate("IdeeDetail", u"Maak doel van dit idee", None))
        self.verwijder_knop.setText(QCoreApplication.translate("IdeeDetail", u"Verwijderen\u2026", None))
    # retranslateUi

