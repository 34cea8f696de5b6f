# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groep_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_GroepDetail(object):
    def setupUi(self, GroepDetail):
        if not GroepDetail.objectName():
            GroepDetail.setObjectName(u"GroepDetail")
        self.hoofd = QVBoxLayout(GroepDetail)
        self.hoofd.setObjectName(u"hoofd")
        self.kop = QLabel(GroepDetail)
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

        self.archief_tekst = QLabel(GroepDetail)
        self.archief_tekst.setObjectName(u"archief_tekst")
        self.archief_tekst.setText(u"")
        self.archief_tekst.setWordWrap(True)
        self.archief_tekst.setStyleSheet(u"color: #555; font-style: italic;")

        self.hoofd.addWidget(self.archief_tekst)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.naam_label = QLabel(GroepDetail)
        self.naam_label.setObjectName(u"naam_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.naam_label)

        self.naam_vak = QVBoxLayout()
        self.naam_vak.setSpacing(2)
        self.naam_vak.setObjectName(u"naam_vak")
        self.naam = QLineEdit(GroepDetail)
        self.naam.setObjectName(u"naam")

        self.naam_vak.addWidget(self.naam)

        self.naam_fout = QLabel(GroepDetail)
        self.naam_fout.setObjectName(u"naam_fout")
        self.naam_fout.setText(u"")
        self.naam_fout.setWordWrap(True)
        self.naam_fout.setVisible(False)
        self.naam_fout.setStyleSheet(u"color: #b00020;")

        self.naam_vak.addWidget(self.naam_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.naam_vak)

        self.soort_label = QLabel(GroepDetail)
        self.soort_label.setObjectName(u"soort_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.soort_label)

        self.soort_vak = QVBoxLayout()
        self.soort_vak.setSpacing(2)
        self.soort_vak.setObjectName(u"soort_vak")
        self.soort = QComboBox(GroepDetail)
        self.soort.setObjectName(u"soort")

        self.soort_vak.addWidget(self.soort)

        self.soort_fout = QLabel(GroepDetail)
        self.soort_fout.setObjectName(u"soort_fout")
        self.soort_fout.setText(u"")
        self.soort_fout.setWordWrap(True)
        self.soort_fout.setVisible(False)
        self.soort_fout.setStyleSheet(u"color: #b00020;")

        self.soort_vak.addWidget(self.soort_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.soort_vak)

        self.thema_label = QLabel(GroepDetail)
        self.thema_label.setObjectName(u"thema_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thema_label)

        self.thema_vak = QVBoxLayout()
        self.thema_vak.setSpacing(2)
        self.thema_vak.setObjectName(u"thema_vak")
        self.thema = QLineEdit(GroepDetail)
        self.thema.setObjectName(u"thema")

        self.thema_vak.addWidget(self.thema)

        self.thema_fout = QLabel(GroepDetail)
        self.thema_fout.setObjectName(u"thema_fout")
        self.thema_fout.setText(u"")
        self.thema_fout.setWordWrap(True)
        self.thema_fout.setVisible(False)
        self.thema_fout.setStyleSheet(u"color: #b00020;")

        self.thema_vak.addWidget(self.thema_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.thema_vak)

        self.actief_label = QLabel(GroepDetail)
        self.actief_label.setObjectName(u"actief_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actief_label)

        self.actief_vak = QVBoxLayout()
        self.actief_vak.setSpacing(2)
        self.actief_vak.setObjectName(u"actief_vak")
        self.actief = QCheckBox(GroepDetail)
        self.actief.setObjectName(u"actief")

        self.actief_vak.addWidget(self.actief)

        self.actief_fout = QLabel(GroepDetail)
        self.actief_fout.setObjectName(u"actief_fout")
        self.actief_fout.setText(u"")
        self.actief_fout.setWordWrap(True)
        self.actief_fout.setVisible(False)
        self.actief_fout.setStyleSheet(u"color: #b00020;")

        self.actief_vak.addWidget(self.actief_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.actief_vak)

        self.notities_label = QLabel(GroepDetail)
        self.notities_label.setObjectName(u"notities_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notities_label)

        self.notities_vak = QVBoxLayout()
        self.notities_vak.setSpacing(2)
        self.notities_vak.setObjectName(u"notities_vak")
        self.notities = QPlainTextEdit(GroepDetail)
        self.notities.setObjectName(u"notities")
        self.notities.setTabChangesFocus(True)
        self.notities.setMaximumSize(QSize(16777215, 80))

        self.notities_vak.addWidget(self.notities)

        self.notities_fout = QLabel(GroepDetail)
        self.notities_fout.setObjectName(u"notities_fout")
        self.notities_fout.setText(u"")
        self.notities_fout.setWordWrap(True)
        self.notities_fout.setVisible(False)
        self.notities_fout.setStyleSheet(u"color: #b00020;")

        self.notities_vak.addWidget(self.notities_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.notities_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.leden_groep = QGroupBox(GroepDetail)
        self.leden_groep.setObjectName(u"leden_groep")
        self.leden_groep_vak = QVBoxLayout(self.leden_groep)
        self.leden_groep_vak.setObjectName(u"leden_groep_vak")
        self.leden_tabel = QTableView(self.leden_groep)
        self.leden_tabel.setObjectName(u"leden_tabel")
        self.leden_tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leden_tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leden_tabel.setAlternatingRowColors(True)

        self.leden_groep_vak.addWidget(self.leden_tabel)

        self.knoppen_1 = QHBoxLayout()
        self.knoppen_1.setObjectName(u"knoppen_1")
        self.lid_toevoegen_knop = QPushButton(self.leden_groep)
        self.lid_toevoegen_knop.setObjectName(u"lid_toevoegen_knop")

        self.knoppen_1.addWidget(self.lid_toevoegen_knop)

        self.rol_knop = QPushButton(self.leden_groep)
        self.rol_knop.setObjectName(u"rol_knop")

        self.knoppen_1.addWidget(self.rol_knop)

        self.lid_verwijderen_knop = QPushButton(self.leden_groep)
        self.lid_verwijderen_knop.setObjectName(u"lid_verwijderen_knop")

        self.knoppen_1.addWidget(self.lid_verwijderen_knop)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_1.addItem(self.ruimte_1)


        self.leden_groep_vak.addLayout(self.knoppen_1)

        self.knoppen_avg = QHBoxLayout()
        self.knoppen_avg.setObjectName(u"knoppen_avg")
        self.persoon_inzage_knop = QPushButton(self.leden_groep)
        self.persoon_inzage_knop.setObjectName(u"persoon_inzage_knop")

        self.knoppen_avg.addWidget(self.persoon_inzage_knop)

        self.persoon_wissen_knop = QPushButton(self.leden_groep)
        self.persoon_wissen_knop.setObjectName(u"persoon_wissen_knop")

        self.knoppen_avg.addWidget(self.persoon_wissen_knop)

        self.ruimte_avg = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_avg.addItem(self.ruimte_avg)


        self.leden_groep_vak.addLayout(self.knoppen_avg)


        self.hoofd.addWidget(self.leden_groep)

        self.knoppen_2 = QHBoxLayout()
        self.knoppen_2.setObjectName(u"knoppen_2")
        self.ruimte_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_2.addItem(self.ruimte_2)

        self.archiveer_knop = QPushButton(GroepDetail)
        self.archiveer_knop.setObjectName(u"archiveer_knop")

        self.knoppen_2.addWidget(self.archiveer_knop)


        self.hoofd.addLayout(self.knoppen_2)

        self.hoofd.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.naam_label.setBuddy(self.naam)
        self.soort_label.setBuddy(self.soort)
        self.thema_label.setBuddy(self.thema)
        self.actief_label.setBuddy(self.actief)
        self.notities_label.setBuddy(self.notities)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroepDetail)

        QMetaObject.connectSlotsByName(GroepDetail)
    # setupUi

    def retranslateUi(self, GroepDetail):
        GroepDetail.setWindowTitle(QCoreApplication.translate("GroepDetail", u"Bewonersgroep", None))
        self.naam_label.setText(QCoreApplication.translate("GroepDetail", u"Naam", None))
        self.soort_label.setText(QCoreApplication.translate("GroepDetail", u"Soort", None))
        self.thema_label.setText(QCoreApplication.translate("GroepDetail", u"Thema", None))
        self.actief_label.setText(QCoreApplication.translate("GroepDetail", u"Actief", None))
        self.actief.setText(QCoreApplication.translate("GroepDetail", u"Deze groep is actief", None))
        self.notities_label.setText(QCoreApplication.translate("GroepDetail", u"Notities", None))
        self.leden_groep.setTitle(QCoreApplication.translate("GroepDetail", u"Leden en contactpersonen", None))
        self.lid_toevoegen_knop.setText(QCoreApplication.translate("GroepDetail", u"Lid toevoegen\u2026", None))
        self.rol_knop.setText(QCoreApplication.translate("GroepDetail", u"Rol wijzigen\u2026", None))
        self.lid_verwijderen_knop.setText(QCoreApplication.translate("GroepDetail", u"Uit de groep halen\u2026", None))
#if QT_CONFIG(tooltip)
        self.persoon_inzage_knop.setToolTip(QCoreApplication.translate("GroepDetail", u"AVG-inzage: sla alles op wat WijkDesk over deze persoon bewaart", None))
#endif // QT_CONFIG(tooltip)
        self.persoon_inzage_knop.setText(QCoreApplication.translate("GroepDetail", u"Gegevens opslaan\u2026", None))
#if QT_CONFIG(tooltip)
        self.persoon_wissen_knop.setToolTip(QCoreApplication.translate("GroepDetail", u"AVG: wis naam, e-mail en telefoon van deze persoon en haal hem uit alle groepen", None))
#endif // QT_CONFIG(tooltip)
        self.persoon_wissen_knop.setText(QCoreApplication.translate("GroepDetail", u"Persoon wissen\u2026", None))
        self.archiveer_knop.setText(QCoreApplication.translate("GroepDetail", u"Archiveren\u2026", None))
    # retranslateUi

