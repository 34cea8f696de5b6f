# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 480)
        self.hoofd = QVBoxLayout(SettingsDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.algemeen = QWidget()
        self.algemeen.setObjectName(u"algemeen")
        self.algemeen_vak = QVBoxLayout(self.algemeen)
        self.algemeen_vak.setObjectName(u"algemeen_vak")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.gebruiker_label = QLabel(self.algemeen)
        self.gebruiker_label.setObjectName(u"gebruiker_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gebruiker_label)

        self.gebruiker_vak = QVBoxLayout()
        self.gebruiker_vak.setSpacing(2)
        self.gebruiker_vak.setObjectName(u"gebruiker_vak")
        self.gebruiker = QLineEdit(self.algemeen)
        self.gebruiker.setObjectName(u"gebruiker")

        self.gebruiker_vak.addWidget(self.gebruiker)

        self.gebruiker_fout = QLabel(self.algemeen)
        self.gebruiker_fout.setObjectName(u"gebruiker_fout")
        self.gebruiker_fout.setText(u"")
        self.gebruiker_fout.setWordWrap(True)
        self.gebruiker_fout.setVisible(False)
        self.gebruiker_fout.setStyleSheet(u"color: #b00020;")

        self.gebruiker_vak.addWidget(self.gebruiker_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.gebruiker_vak)

        self.taal_label = QLabel(self.algemeen)
        self.taal_label.setObjectName(u"taal_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.taal_label)

        self.taal_vak = QVBoxLayout()
        self.taal_vak.setSpacing(2)
        self.taal_vak.setObjectName(u"taal_vak")
        self.taal = QComboBox(self.algemeen)
        self.taal.setObjectName(u"taal")

        self.taal_vak.addWidget(self.taal)

        self.taal_fout = QLabel(self.algemeen)
        self.taal_fout.setObjectName(u"taal_fout")
        self.taal_fout.setText(u"")
        self.taal_fout.setWordWrap(True)
        self.taal_fout.setVisible(False)
        self.taal_fout.setStyleSheet(u"color: #b00020;")

        self.taal_vak.addWidget(self.taal_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.taal_vak)


        self.algemeen_vak.addLayout(self.formulier_1)

        self.taal_uitleg = QLabel(self.algemeen)
        self.taal_uitleg.setObjectName(u"taal_uitleg")
        self.taal_uitleg.setWordWrap(True)
        self.taal_uitleg.setStyleSheet(u"color: #555;")

        self.algemeen_vak.addWidget(self.taal_uitleg)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.algemeen_vak.addItem(self.vulling_1)

        self.tabs.addTab(self.algemeen, "")
        self.regels = QWidget()
        self.regels.setObjectName(u"regels")
        self.regels_vak = QVBoxLayout(self.regels)
        self.regels_vak.setObjectName(u"regels_vak")
        self.regels_uitleg = QLabel(self.regels)
        self.regels_uitleg.setObjectName(u"regels_uitleg")
        self.regels_uitleg.setWordWrap(True)
        self.regels_uitleg.setStyleSheet(u"color: #555;")

        self.regels_vak.addWidget(self.regels_uitleg)

        self.regels_voor_vak = QHBoxLayout()
        self.regels_voor_vak.setObjectName(u"regels_voor_vak")
        self.regels_voor_label = QLabel(self.regels)
        self.regels_voor_label.setObjectName(u"regels_voor_label")

        self.regels_voor_vak.addWidget(self.regels_voor_label)

        self.regels_voor = QComboBox(self.regels)
        self.regels_voor.setObjectName(u"regels_voor")

        self.regels_voor_vak.addWidget(self.regels_voor)

        self.regels_voor_rek = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.regels_voor_vak.addItem(self.regels_voor_rek)


        self.regels_vak.addLayout(self.regels_voor_vak)

        self.formulier_2 = QFormLayout()
        self.formulier_2.setObjectName(u"formulier_2")
        self.formulier_2.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.verboden_woorden_label = QLabel(self.regels)
        self.verboden_woorden_label.setObjectName(u"verboden_woorden_label")

        self.formulier_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verboden_woorden_label)

        self.verboden_woorden_vak = QVBoxLayout()
        self.verboden_woorden_vak.setSpacing(2)
        self.verboden_woorden_vak.setObjectName(u"verboden_woorden_vak")
        self.verboden_woorden = QPlainTextEdit(self.regels)
        self.verboden_woorden.setObjectName(u"verboden_woorden")
        self.verboden_woorden.setTabChangesFocus(True)
        self.verboden_woorden.setMaximumSize(QSize(16777215, 80))

        self.verboden_woorden_vak.addWidget(self.verboden_woorden)

        self.verboden_woorden_fout = QLabel(self.regels)
        self.verboden_woorden_fout.setObjectName(u"verboden_woorden_fout")
        self.verboden_woorden_fout.setText(u"")
        self.verboden_woorden_fout.setWordWrap(True)
        self.verboden_woorden_fout.setVisible(False)
        self.verboden_woorden_fout.setStyleSheet(u"color: #b00020;")

        self.verboden_woorden_vak.addWidget(self.verboden_woorden_fout)


        self.formulier_2.setLayout(0, QFormLayout.ItemRole.FieldRole, self.verboden_woorden_vak)

        self.dagen_vooraf_label = QLabel(self.regels)
        self.dagen_vooraf_label.setObjectName(u"dagen_vooraf_label")

        self.formulier_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dagen_vooraf_label)

        self.dagen_vooraf_vak = QVBoxLayout()
        self.dagen_vooraf_vak.setSpacing(2)
        self.dagen_vooraf_vak.setObjectName(u"dagen_vooraf_vak")
        self.dagen_vooraf = QSpinBox(self.regels)
        self.dagen_vooraf.setObjectName(u"dagen_vooraf")
        self.dagen_vooraf.setMaximum(365)
        self.dagen_vooraf.setSuffix(u" dagen vooraf")

        self.dagen_vooraf_vak.addWidget(self.dagen_vooraf)

        self.dagen_vooraf_fout = QLabel(self.regels)
        self.dagen_vooraf_fout.setObjectName(u"dagen_vooraf_fout")
        self.dagen_vooraf_fout.setText(u"")
        self.dagen_vooraf_fout.setWordWrap(True)
        self.dagen_vooraf_fout.setVisible(False)
        self.dagen_vooraf_fout.setStyleSheet(u"color: #b00020;")

        self.dagen_vooraf_vak.addWidget(self.dagen_vooraf_fout)


        self.formulier_2.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dagen_vooraf_vak)

        self.advies_drempel_cents_label = QLabel(self.regels)
        self.advies_drempel_cents_label.setObjectName(u"advies_drempel_cents_label")

        self.formulier_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.advies_drempel_cents_label)

        self.advies_drempel_cents_vak = QVBoxLayout()
        self.advies_drempel_cents_vak.setSpacing(2)
        self.advies_drempel_cents_vak.setObjectName(u"advies_drempel_cents_vak")
        self.advies_drempel_cents = QLineEdit(self.regels)
        self.advies_drempel_cents.setObjectName(u"advies_drempel_cents")

        self.advies_drempel_cents_vak.addWidget(self.advies_drempel_cents)

        self.advies_drempel_cents_fout = QLabel(self.regels)
        self.advies_drempel_cents_fout.setObjectName(u"advies_drempel_cents_fout")
        self.advies_drempel_cents_fout.setText(u"")
        self.advies_drempel_cents_fout.setWordWrap(True)
        self.advies_drempel_cents_fout.setVisible(False)
        self.advies_drempel_cents_fout.setStyleSheet(u"color: #b00020;")

        self.advies_drempel_cents_vak.addWidget(self.advies_drempel_cents_fout)


        self.formulier_2.setLayout(2, QFormLayout.ItemRole.FieldRole, self.advies_drempel_cents_vak)

        self.verantwoording_weken_label = QLabel(self.regels)
        self.verantwoording_weken_label.setObjectName(u"verantwoording_weken_label")

        self.formulier_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.verantwoording_weken_label)

        self.verantwoording_weken = QSpinBox(self.regels)
        self.verantwoording_weken.setObjectName(u"verantwoording_weken")
        self.verantwoording_weken.setMinimum(1)
        self.verantwoording_weken.setMaximum(104)
        self.verantwoording_weken.setSuffix(u" weken na de activiteit")

        self.formulier_2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.verantwoording_weken)

        self.beslistermijn_werkdagen_label = QLabel(self.regels)
        self.beslistermijn_werkdagen_label.setObjectName(u"beslistermijn_werkdagen_label")

        self.formulier_2.setWidget(4, QFormLayout.ItemRole.LabelRole, self.beslistermijn_werkdagen_label)

        self.beslistermijn_werkdagen = QSpinBox(self.regels)
        self.beslistermijn_werkdagen.setObjectName(u"beslistermijn_werkdagen")
        self.beslistermijn_werkdagen.setMinimum(1)
        self.beslistermijn_werkdagen.setMaximum(130)
        self.beslistermijn_werkdagen.setSuffix(u" werkdagen na ontvangst")

        self.formulier_2.setWidget(4, QFormLayout.ItemRole.FieldRole, self.beslistermijn_werkdagen)


        self.regels_vak.addLayout(self.formulier_2)

        self.maxima_label = QLabel(self.regels)
        self.maxima_label.setObjectName(u"maxima_label")
        self.maxima_label.setWordWrap(True)

        self.regels_vak.addWidget(self.maxima_label)

        self.maxima = QTableWidget(self.regels)
        self.maxima.setObjectName(u"maxima")
        self.maxima.setColumnCount(2)

        self.regels_vak.addWidget(self.maxima)

        self.knoppen_1 = QHBoxLayout()
        self.knoppen_1.setObjectName(u"knoppen_1")
        self.regel_toevoegen_knop = QPushButton(self.regels)
        self.regel_toevoegen_knop.setObjectName(u"regel_toevoegen_knop")

        self.knoppen_1.addWidget(self.regel_toevoegen_knop)

        self.regel_weg_knop = QPushButton(self.regels)
        self.regel_weg_knop.setObjectName(u"regel_weg_knop")

        self.knoppen_1.addWidget(self.regel_weg_knop)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_1.addItem(self.ruimte_1)

        self.standaard_knop = QPushButton(self.regels)
        self.standaard_knop.setObjectName(u"standaard_knop")

        self.knoppen_1.addWidget(self.standaard_knop)


        self.regels_vak.addLayout(self.knoppen_1)

        self.tabs.addTab(self.regels, "")
        self.bestanden = QWidget()
        self.bestanden.setObjectName(u"bestanden")
        self.bestanden_vak = QVBoxLayout(self.bestanden)
        self.bestanden_vak.setObjectName(u"bestanden_vak")
        self.database_label = QLabel(self.bestanden)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)

        self.bestanden_vak.addWidget(self.database_label)

        self.rij_1 = QHBoxLayout()
        self.rij_1.setObjectName(u"rij_1")
        self.database = QLineEdit(self.bestanden)
        self.database.setObjectName(u"database")

        self.rij_1.addWidget(self.database)

        self.database_knop = QPushButton(self.bestanden)
        self.database_knop.setObjectName(u"database_knop")

        self.rij_1.addWidget(self.database_knop)


        self.bestanden_vak.addLayout(self.rij_1)

        self.database_uitleg = QLabel(self.bestanden)
        self.database_uitleg.setObjectName(u"database_uitleg")
        self.database_uitleg.setWordWrap(True)
        self.database_uitleg.setStyleSheet(u"color: #555;")

        self.bestanden_vak.addWidget(self.database_uitleg)

        self.backups_label = QLabel(self.bestanden)
        self.backups_label.setObjectName(u"backups_label")
        self.backups_label.setWordWrap(True)

        self.bestanden_vak.addWidget(self.backups_label)

        self.rij_2 = QHBoxLayout()
        self.rij_2.setObjectName(u"rij_2")
        self.backups = QLineEdit(self.bestanden)
        self.backups.setObjectName(u"backups")
        self.backups.setReadOnly(True)

        self.rij_2.addWidget(self.backups)

        self.backups_knop = QPushButton(self.bestanden)
        self.backups_knop.setObjectName(u"backups_knop")

        self.rij_2.addWidget(self.backups_knop)


        self.bestanden_vak.addLayout(self.rij_2)

        self.server_bijlagen_label = QLabel(self.bestanden)
        self.server_bijlagen_label.setObjectName(u"server_bijlagen_label")
        self.server_bijlagen_label.setWordWrap(True)

        self.bestanden_vak.addWidget(self.server_bijlagen_label)

        self.rij_4 = QHBoxLayout()
        self.rij_4.setObjectName(u"rij_4")
        self.server_bijlagen = QLineEdit(self.bestanden)
        self.server_bijlagen.setObjectName(u"server_bijlagen")

        self.rij_4.addWidget(self.server_bijlagen)

        self.server_bijlagen_knop = QPushButton(self.bestanden)
        self.server_bijlagen_knop.setObjectName(u"server_bijlagen_knop")

        self.rij_4.addWidget(self.server_bijlagen_knop)


        self.bestanden_vak.addLayout(self.rij_4)

        self.logboek_label = QLabel(self.bestanden)
        self.logboek_label.setObjectName(u"logboek_label")
        self.logboek_label.setWordWrap(True)

        self.bestanden_vak.addWidget(self.logboek_label)

        self.rij_3 = QHBoxLayout()
        self.rij_3.setObjectName(u"rij_3")
        self.logboek = QLineEdit(self.bestanden)
        self.logboek.setObjectName(u"logboek")
        self.logboek.setReadOnly(True)

        self.rij_3.addWidget(self.logboek)

        self.logboek_knop = QPushButton(self.bestanden)
        self.logboek_knop.setObjectName(u"logboek_knop")

        self.rij_3.addWidget(self.logboek_knop)


        self.bestanden_vak.addLayout(self.rij_3)

        self.vulling_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bestanden_vak.addItem(self.vulling_2)

        self.tabs.addTab(self.bestanden, "")

        self.hoofd.addWidget(self.tabs)

        self.knoppen = QDialogButtonBox(SettingsDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.gebruiker_label.setBuddy(self.gebruiker)
        self.taal_label.setBuddy(self.taal)
        self.regels_voor_label.setBuddy(self.regels_voor)
        self.verboden_woorden_label.setBuddy(self.verboden_woorden)
        self.dagen_vooraf_label.setBuddy(self.dagen_vooraf)
        self.advies_drempel_cents_label.setBuddy(self.advies_drempel_cents)
        self.verantwoording_weken_label.setBuddy(self.verantwoording_weken)
        self.beslistermijn_werkdagen_label.setBuddy(self.beslistermijn_werkdagen)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.gebruiker_label.setText(QCoreApplication.translate("SettingsDialog", u"Uw naam", None))
        self.gebruiker.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"komt in het logboek bij elke wijziging", None))
        self.taal_label.setText(QCoreApplication.translate("SettingsDialog", u"Taal", None))
        self.taal_uitleg.setText(QCoreApplication.translate("SettingsDialog", u"De taal verandert meteen; het venster wordt opnieuw opgebouwd.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.algemeen), QCoreApplication.translate("SettingsDialog", u"Algemeen", None))
        self.regels_uitleg.setText(QCoreApplication.translate("SettingsDialog", u"Deze regels geven een waarschuwing bij een toekenning of uitgave; ze houden niets tegen.", None))
        self.regels_voor_label.setText(QCoreApplication.translate("SettingsDialog", u"Deze regels gelden", None))
#if QT_CONFIG(tooltip)
        self.regels_voor.setToolTip(QCoreApplication.translate("SettingsDialog", u"Regels verschillen per wijk en per jaar; ze staan in de database, dus een tweede laptop ziet dezelfde.", None))
#endif // QT_CONFIG(tooltip)
        self.verboden_woorden_label.setText(QCoreApplication.translate("SettingsDialog", u"Geen geld voor", None))
        self.dagen_vooraf_label.setText(QCoreApplication.translate("SettingsDialog", u"Aanvraag minstens", None))
        self.advies_drempel_cents_label.setText(QCoreApplication.translate("SettingsDialog", u"Advies wijkteam boven", None))
        self.advies_drempel_cents.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bijv. 1.000,00", None))
        self.verantwoording_weken_label.setText(QCoreApplication.translate("SettingsDialog", u"Verantwoording binnen", None))
        self.beslistermijn_werkdagen_label.setText(QCoreApplication.translate("SettingsDialog", u"Besluit op een aanvraag binnen", None))
        self.maxima_label.setText(QCoreApplication.translate("SettingsDialog", u"Hoogste bedrag per soort activiteit", None))
        self.regel_toevoegen_knop.setText(QCoreApplication.translate("SettingsDialog", u"Soort toevoegen", None))
        self.regel_weg_knop.setText(QCoreApplication.translate("SettingsDialog", u"Soort weghalen", None))
        self.standaard_knop.setText(QCoreApplication.translate("SettingsDialog", u"Standaardregels van Deventer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.regels), QCoreApplication.translate("SettingsDialog", u"Budgetregels", None))
        self.database_label.setText(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.database.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bestand, of postgresql://gebruiker@server/database, of server:NAAM", None))
        self.database_knop.setText(QCoreApplication.translate("SettingsDialog", u"Andere database\u2026", None))
        self.database_uitleg.setText(QCoreApplication.translate("SettingsDialog", u"Een andere database wordt geopend wanneer u WijkDesk opnieuw start. Kies een map op deze computer, niet in OneDrive, Dropbox of op een netwerkschijf. Of typ een database op een server: postgresql://gebruiker@server/database of server:NAAM (uit pg_service.conf); het wachtwoord staat in het pgpass-bestand, nooit hier.", None))
        self.backups_label.setText(QCoreApplication.translate("SettingsDialog", u"Reservekopie\u00ebn", None))
        self.backups_knop.setText(QCoreApplication.translate("SettingsDialog", u"Map openen", None))
        self.server_bijlagen_label.setText(QCoreApplication.translate("SettingsDialog", u"Bijlagen van een database op een server (gedeelde map, op deze computer)", None))
        self.server_bijlagen.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bijvoorbeeld S:\\WijkDesk", None))
        self.server_bijlagen_knop.setText(QCoreApplication.translate("SettingsDialog", u"Map kiezen\u2026", None))
        self.logboek_label.setText(QCoreApplication.translate("SettingsDialog", u"Logboek", None))
        self.logboek_knop.setText(QCoreApplication.translate("SettingsDialog", u"Map openen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bestanden), QCoreApplication.translate("SettingsDialog", u"Bestanden", None))
    # retranslateUi

