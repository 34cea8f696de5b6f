# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'doel_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DoelDetail(object):
    def setupUi(self, DoelDetail):
        if not DoelDetail.objectName():
            DoelDetail.setObjectName(u"DoelDetail")
        self.hoofd = QVBoxLayout(DoelDetail)
        self.hoofd.setObjectName(u"hoofd")
        self.kop = QLabel(DoelDetail)
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
        self.status_tekst = QLabel(DoelDetail)
        self.status_tekst.setObjectName(u"status_tekst")
        self.status_tekst.setText(u"")
        self.status_tekst.setWordWrap(False)

        self.rij_1.addWidget(self.status_tekst)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_1.addItem(self.ruimte_1)

        self.status_knop = QPushButton(DoelDetail)
        self.status_knop.setObjectName(u"status_knop")

        self.rij_1.addWidget(self.status_knop)


        self.hoofd.addLayout(self.rij_1)

        self.te_laat = QLabel(DoelDetail)
        self.te_laat.setObjectName(u"te_laat")
        self.te_laat.setText(u"")
        self.te_laat.setWordWrap(True)
        self.te_laat.setStyleSheet(u"background: #fde7e9; color: #8a1020; padding: 4px; border-radius: 3px;")

        self.hoofd.addWidget(self.te_laat)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titel_label = QLabel(DoelDetail)
        self.titel_label.setObjectName(u"titel_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titel_label)

        self.titel_vak = QVBoxLayout()
        self.titel_vak.setSpacing(2)
        self.titel_vak.setObjectName(u"titel_vak")
        self.titel = QLineEdit(DoelDetail)
        self.titel.setObjectName(u"titel")

        self.titel_vak.addWidget(self.titel)

        self.titel_fout = QLabel(DoelDetail)
        self.titel_fout.setObjectName(u"titel_fout")
        self.titel_fout.setText(u"")
        self.titel_fout.setWordWrap(True)
        self.titel_fout.setVisible(False)
        self.titel_fout.setStyleSheet(u"color: #b00020;")

        self.titel_vak.addWidget(self.titel_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titel_vak)

        self.omschrijving_label = QLabel(DoelDetail)
        self.omschrijving_label.setObjectName(u"omschrijving_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.omschrijving_label)

        self.omschrijving_vak = QVBoxLayout()
        self.omschrijving_vak.setSpacing(2)
        self.omschrijving_vak.setObjectName(u"omschrijving_vak")
        self.omschrijving = QPlainTextEdit(DoelDetail)
        self.omschrijving.setObjectName(u"omschrijving")
        self.omschrijving.setTabChangesFocus(True)
        self.omschrijving.setMaximumSize(QSize(16777215, 80))

        self.omschrijving_vak.addWidget(self.omschrijving)

        self.omschrijving_fout = QLabel(DoelDetail)
        self.omschrijving_fout.setObjectName(u"omschrijving_fout")
        self.omschrijving_fout.setText(u"")
        self.omschrijving_fout.setWordWrap(True)
        self.omschrijving_fout.setVisible(False)
        self.omschrijving_fout.setStyleSheet(u"color: #b00020;")

        self.omschrijving_vak.addWidget(self.omschrijving_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.omschrijving_vak)

        self.indicator_label = QLabel(DoelDetail)
        self.indicator_label.setObjectName(u"indicator_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicator_label)

        self.indicator_vak = QVBoxLayout()
        self.indicator_vak.setSpacing(2)
        self.indicator_vak.setObjectName(u"indicator_vak")
        self.indicator = QLineEdit(DoelDetail)
        self.indicator.setObjectName(u"indicator")

        self.indicator_vak.addWidget(self.indicator)

        self.indicator_fout = QLabel(DoelDetail)
        self.indicator_fout.setObjectName(u"indicator_fout")
        self.indicator_fout.setText(u"")
        self.indicator_fout.setWordWrap(True)
        self.indicator_fout.setVisible(False)
        self.indicator_fout.setStyleSheet(u"color: #b00020;")

        self.indicator_vak.addWidget(self.indicator_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.indicator_vak)

        self.streefwaarde_label = QLabel(DoelDetail)
        self.streefwaarde_label.setObjectName(u"streefwaarde_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.streefwaarde_label)

        self.streefwaarde_vak = QVBoxLayout()
        self.streefwaarde_vak.setSpacing(2)
        self.streefwaarde_vak.setObjectName(u"streefwaarde_vak")
        self.streefwaarde_rij = QHBoxLayout()
        self.streefwaarde_rij.setObjectName(u"streefwaarde_rij")
        self.streefwaarde = QLineEdit(DoelDetail)
        self.streefwaarde.setObjectName(u"streefwaarde")

        self.streefwaarde_rij.addWidget(self.streefwaarde)

        self.bereikt_waarde_label = QLabel(DoelDetail)
        self.bereikt_waarde_label.setObjectName(u"bereikt_waarde_label")

        self.streefwaarde_rij.addWidget(self.bereikt_waarde_label)

        self.bereikt_waarde = QLineEdit(DoelDetail)
        self.bereikt_waarde.setObjectName(u"bereikt_waarde")

        self.streefwaarde_rij.addWidget(self.bereikt_waarde)


        self.streefwaarde_vak.addLayout(self.streefwaarde_rij)

        self.streefwaarde_fout = QLabel(DoelDetail)
        self.streefwaarde_fout.setObjectName(u"streefwaarde_fout")
        self.streefwaarde_fout.setText(u"")
        self.streefwaarde_fout.setWordWrap(True)
        self.streefwaarde_fout.setVisible(False)
        self.streefwaarde_fout.setStyleSheet(u"color: #b00020;")

        self.streefwaarde_vak.addWidget(self.streefwaarde_fout)

        self.bereikt_waarde_fout = QLabel(DoelDetail)
        self.bereikt_waarde_fout.setObjectName(u"bereikt_waarde_fout")
        self.bereikt_waarde_fout.setText(u"")
        self.bereikt_waarde_fout.setWordWrap(True)
        self.bereikt_waarde_fout.setVisible(False)
        self.bereikt_waarde_fout.setStyleSheet(u"color: #b00020;")

        self.streefwaarde_vak.addWidget(self.bereikt_waarde_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.streefwaarde_vak)

        self.deadline_label = QLabel(DoelDetail)
        self.deadline_label.setObjectName(u"deadline_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadline_label)

        self.deadline_vak = QVBoxLayout()
        self.deadline_vak.setSpacing(2)
        self.deadline_vak.setObjectName(u"deadline_vak")
        self.deadline = QLineEdit(DoelDetail)
        self.deadline.setObjectName(u"deadline")

        self.deadline_vak.addWidget(self.deadline)

        self.deadline_fout = QLabel(DoelDetail)
        self.deadline_fout.setObjectName(u"deadline_fout")
        self.deadline_fout.setText(u"")
        self.deadline_fout.setWordWrap(True)
        self.deadline_fout.setVisible(False)
        self.deadline_fout.setStyleSheet(u"color: #b00020;")

        self.deadline_vak.addWidget(self.deadline_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.deadline_vak)

        self.verantwoordelijke_label = QLabel(DoelDetail)
        self.verantwoordelijke_label.setObjectName(u"verantwoordelijke_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.verantwoordelijke_label)

        self.verantwoordelijke_vak = QVBoxLayout()
        self.verantwoordelijke_vak.setSpacing(2)
        self.verantwoordelijke_vak.setObjectName(u"verantwoordelijke_vak")
        self.verantwoordelijke = QLineEdit(DoelDetail)
        self.verantwoordelijke.setObjectName(u"verantwoordelijke")

        self.verantwoordelijke_vak.addWidget(self.verantwoordelijke)

        self.verantwoordelijke_fout = QLabel(DoelDetail)
        self.verantwoordelijke_fout.setObjectName(u"verantwoordelijke_fout")
        self.verantwoordelijke_fout.setText(u"")
        self.verantwoordelijke_fout.setWordWrap(True)
        self.verantwoordelijke_fout.setVisible(False)
        self.verantwoordelijke_fout.setStyleSheet(u"color: #b00020;")

        self.verantwoordelijke_vak.addWidget(self.verantwoordelijke_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.verantwoordelijke_vak)

        self.eigenaar_groep_label = QLabel(DoelDetail)
        self.eigenaar_groep_label.setObjectName(u"eigenaar_groep_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.eigenaar_groep_label)

        self.eigenaar_groep_vak = QVBoxLayout()
        self.eigenaar_groep_vak.setSpacing(2)
        self.eigenaar_groep_vak.setObjectName(u"eigenaar_groep_vak")
        self.eigenaar_groep = QComboBox(DoelDetail)
        self.eigenaar_groep.setObjectName(u"eigenaar_groep")

        self.eigenaar_groep_vak.addWidget(self.eigenaar_groep)

        self.eigenaar_groep_fout = QLabel(DoelDetail)
        self.eigenaar_groep_fout.setObjectName(u"eigenaar_groep_fout")
        self.eigenaar_groep_fout.setText(u"")
        self.eigenaar_groep_fout.setWordWrap(True)
        self.eigenaar_groep_fout.setVisible(False)
        self.eigenaar_groep_fout.setStyleSheet(u"color: #b00020;")

        self.eigenaar_groep_vak.addWidget(self.eigenaar_groep_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.eigenaar_groep_vak)

        self.begroot_cents_label = QLabel(DoelDetail)
        self.begroot_cents_label.setObjectName(u"begroot_cents_label")

        self.formulier_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.begroot_cents_label)

        self.begroot_cents_vak = QVBoxLayout()
        self.begroot_cents_vak.setSpacing(2)
        self.begroot_cents_vak.setObjectName(u"begroot_cents_vak")
        self.begroot_cents = QLineEdit(DoelDetail)
        self.begroot_cents.setObjectName(u"begroot_cents")

        self.begroot_cents_vak.addWidget(self.begroot_cents)

        self.begroot_cents_fout = QLabel(DoelDetail)
        self.begroot_cents_fout.setObjectName(u"begroot_cents_fout")
        self.begroot_cents_fout.setText(u"")
        self.begroot_cents_fout.setWordWrap(True)
        self.begroot_cents_fout.setVisible(False)
        self.begroot_cents_fout.setStyleSheet(u"color: #b00020;")

        self.begroot_cents_vak.addWidget(self.begroot_cents_fout)


        self.formulier_1.setLayout(7, QFormLayout.ItemRole.FieldRole, self.begroot_cents_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.geld = QGroupBox(DoelDetail)
        self.geld.setObjectName(u"geld")
        self.geld_vak = QVBoxLayout(self.geld)
        self.geld_vak.setObjectName(u"geld_vak")
        self.rij_2 = QHBoxLayout()
        self.rij_2.setObjectName(u"rij_2")
        self.toegekend_tekst = QLabel(self.geld)
        self.toegekend_tekst.setObjectName(u"toegekend_tekst")
        self.toegekend_tekst.setText(u"")
        self.toegekend_tekst.setWordWrap(False)

        self.rij_2.addWidget(self.toegekend_tekst)

        self.ruimte_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_2.addItem(self.ruimte_2)

        self.uitgegeven_tekst = QLabel(self.geld)
        self.uitgegeven_tekst.setObjectName(u"uitgegeven_tekst")
        self.uitgegeven_tekst.setText(u"")
        self.uitgegeven_tekst.setWordWrap(False)

        self.rij_2.addWidget(self.uitgegeven_tekst)


        self.geld_vak.addLayout(self.rij_2)


        self.hoofd.addWidget(self.geld)

        self.voortgang_groep = QGroupBox(DoelDetail)
        self.voortgang_groep.setObjectName(u"voortgang_groep")
        self.voortgang_groep_vak = QVBoxLayout(self.voortgang_groep)
        self.voortgang_groep_vak.setObjectName(u"voortgang_groep_vak")
        self.voortgang_balk = QProgressBar(self.voortgang_groep)
        self.voortgang_balk.setObjectName(u"voortgang_balk")
        self.voortgang_balk.setValue(0)

        self.voortgang_groep_vak.addWidget(self.voortgang_balk)

        self.voortgang_tabel = QTableView(self.voortgang_groep)
        self.voortgang_tabel.setObjectName(u"voortgang_tabel")
        self.voortgang_tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.voortgang_tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.voortgang_tabel.setAlternatingRowColors(True)
        self.voortgang_tabel.setMaximumSize(QSize(16777215, 150))

        self.voortgang_groep_vak.addWidget(self.voortgang_tabel)

        self.knoppen_1 = QHBoxLayout()
        self.knoppen_1.setObjectName(u"knoppen_1")
        self.voortgang_knop = QPushButton(self.voortgang_groep)
        self.voortgang_knop.setObjectName(u"voortgang_knop")

        self.knoppen_1.addWidget(self.voortgang_knop)

        self.voortgang_bijlagen_knop = QPushButton(self.voortgang_groep)
        self.voortgang_bijlagen_knop.setObjectName(u"voortgang_bijlagen_knop")

        self.knoppen_1.addWidget(self.voortgang_bijlagen_knop)

        self.ruimte_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_1.addItem(self.ruimte_3)


        self.voortgang_groep_vak.addLayout(self.knoppen_1)


        self.hoofd.addWidget(self.voortgang_groep)

        self.ideeen_groep = QGroupBox(DoelDetail)
        self.ideeen_groep.setObjectName(u"ideeen_groep")
        self.ideeen_groep_vak = QVBoxLayout(self.ideeen_groep)
        self.ideeen_groep_vak.setObjectName(u"ideeen_groep_vak")
        self.ideeen_lijst = QListWidget(self.ideeen_groep)
        self.ideeen_lijst.setObjectName(u"ideeen_lijst")
        self.ideeen_lijst.setMaximumSize(QSize(16777215, 90))

        self.ideeen_groep_vak.addWidget(self.ideeen_lijst)

        self.knoppen_2 = QHBoxLayout()
        self.knoppen_2.setObjectName(u"knoppen_2")
        self.koppel_knop = QPushButton(self.ideeen_groep)
        self.koppel_knop.setObjectName(u"koppel_knop")

        self.knoppen_2.addWidget(self.koppel_knop)

        self.ontkoppel_knop = QPushButton(self.ideeen_groep)
        self.ontkoppel_knop.setObjectName(u"ontkoppel_knop")

        self.knoppen_2.addWidget(self.ontkoppel_knop)

        self.ruimte_4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_2.addItem(self.ruimte_4)


        self.ideeen_groep_vak.addLayout(self.knoppen_2)


        self.hoofd.addWidget(self.ideeen_groep)

        self.knoppen_3 = QHBoxLayout()
        self.knoppen_3.setObjectName(u"knoppen_3")
        self.bijlagen_knop = QPushButton(DoelDetail)
        self.bijlagen_knop.setObjectName(u"bijlagen_knop")

        self.knoppen_3.addWidget(self.bijlagen_knop)

        self.ruimte_5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_3.addItem(self.ruimte_5)

        self.verwijder_knop = QPushButton(DoelDetail)
        self.verwijder_knop.setObjectName(u"verwijder_knop")

        self.knoppen_3.addWidget(self.verwijder_knop)


        self.hoofd.addLayout(self.knoppen_3)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

#if QT_CONFIG(shortcut)
        self.titel_label.setBuddy(self.titel)
        self.omschrijving_label.setBuddy(self.omschrijving)
        self.indicator_label.setBuddy(self.indicator)
        self.streefwaarde_label.setBuddy(self.streefwaarde)
        self.bereikt_waarde_label.setBuddy(self.bereikt_waarde)
        self.deadline_label.setBuddy(self.deadline)
        self.verantwoordelijke_label.setBuddy(self.verantwoordelijke)
        self.eigenaar_groep_label.setBuddy(self.eigenaar_groep)
        self.begroot_cents_label.setBuddy(self.begroot_cents)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DoelDetail)

        QMetaObject.connectSlotsByName(DoelDetail)
    # setupUi

    def retranslateUi(self, DoelDetail):
        DoelDetail.setWindowTitle(QCoreApplication.translate("DoelDetail", u"Doel", None))
        self.status_knop.setText(QCoreApplication.translate("DoelDetail", u"Status wijzigen\u2026", None))
        self.titel_label.setText(QCoreApplication.translate("DoelDetail", u"Titel", None))
        self.omschrijving_label.setText(QCoreApplication.translate("DoelDetail", u"Omschrijving", None))
        self.indicator_label.setText(QCoreApplication.translate("DoelDetail", u"Indicator", None))
        self.indicator.setPlaceholderText(QCoreApplication.translate("DoelDetail", u"Hoe weet u dat het gelukt is?", None))
        self.streefwaarde_label.setText(QCoreApplication.translate("DoelDetail", u"Streefwaarde", None))
        self.streefwaarde.setPlaceholderText(QCoreApplication.translate("DoelDetail", u"bijv. 3 bankjes, 40 deelnemers", None))
        self.bereikt_waarde_label.setText(QCoreApplication.translate("DoelDetail", u"Bereikt", None))
        self.bereikt_waarde.setPlaceholderText(QCoreApplication.translate("DoelDetail", u"bijv. 2 bankjes", None))
#if QT_CONFIG(tooltip)
        self.bereikt_waarde.setToolTip(QCoreApplication.translate("DoelDetail", u"Wat er van de streefwaarde is bereikt", None))
#endif // QT_CONFIG(tooltip)
        self.deadline_label.setText(QCoreApplication.translate("DoelDetail", u"Deadline", None))
        self.deadline.setPlaceholderText(QCoreApplication.translate("DoelDetail", u"dd-mm-jjjj", None))
        self.verantwoordelijke_label.setText(QCoreApplication.translate("DoelDetail", u"Verantwoordelijke", None))
        self.eigenaar_groep_label.setText(QCoreApplication.translate("DoelDetail", u"Eigenaar (groep)", None))
        self.begroot_cents_label.setText(QCoreApplication.translate("DoelDetail", u"Begroot", None))
        self.begroot_cents.setPlaceholderText(QCoreApplication.translate("DoelDetail", u"bijv. 1.250,00", None))
        self.geld.setTitle(QCoreApplication.translate("DoelDetail", u"Geld", None))
        self.voortgang_groep.setTitle(QCoreApplication.translate("DoelDetail", u"Voortgang", None))
        self.voortgang_knop.setText(QCoreApplication.translate("DoelDetail", u"Voortgang toevoegen\u2026", None))
        self.voortgang_bijlagen_knop.setText(QCoreApplication.translate("DoelDetail", u"Bijlagen bij de melding\u2026", None))
#if QT_CONFIG(tooltip)
        self.voortgang_bijlagen_knop.setToolTip(QCoreApplication.translate("DoelDetail", u"Foto's en documenten bij de gekozen voortgangsmelding", None))
#endif // QT_CONFIG(tooltip)
        self.ideeen_groep.setTitle(QCoreApplication.translate("DoelDetail", u"Gemaakt van de idee\u00ebn", None))
        self.koppel_knop.setText(QCoreApplication.translate("DoelDetail", u"Idee koppelen\u2026", None))
        self.ontkoppel_knop.setText(QCoreApplication.translate("DoelDetail", u"Ontkoppelen", None))
        self.bijlagen_knop.setText(QCoreApplication.translate("DoelDetail", u"Bijlagen\u2026", None))
#if QT_CONFIG(tooltip)
        self.bijlagen_knop.setToolTip(QCoreApplication.translate("DoelDetail", u"Foto's en documenten bij het doel", None))
#endif // QT_CONFIG(tooltip)
        self.verwijder_knop.setText(QCoreApplication.translate("DoelDetail", u"Verwijderen\u2026", None))
    # retranslateUi

