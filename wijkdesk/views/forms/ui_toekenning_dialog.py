# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'toekenning_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ToekenningDialog(object):
    def setupUi(self, ToekenningDialog):
        if not ToekenningDialog.objectName():
            ToekenningDialog.setObjectName(u"ToekenningDialog")
        ToekenningDialog.resize(520, 520)
        self.hoofd = QVBoxLayout(ToekenningDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.tabs = QTabWidget(ToekenningDialog)
        self.tabs.setObjectName(u"tabs")
        self.toekenning_pagina = QWidget()
        self.toekenning_pagina.setObjectName(u"toekenning_pagina")
        self.toekenning_hoofd = QVBoxLayout(self.toekenning_pagina)
        self.toekenning_hoofd.setObjectName(u"toekenning_hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.omschrijving_label = QLabel(self.toekenning_pagina)
        self.omschrijving_label.setObjectName(u"omschrijving_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.omschrijving_label)

        self.omschrijving_vak = QVBoxLayout()
        self.omschrijving_vak.setSpacing(2)
        self.omschrijving_vak.setObjectName(u"omschrijving_vak")
        self.omschrijving = QLineEdit(self.toekenning_pagina)
        self.omschrijving.setObjectName(u"omschrijving")

        self.omschrijving_vak.addWidget(self.omschrijving)

        self.omschrijving_fout = QLabel(self.toekenning_pagina)
        self.omschrijving_fout.setObjectName(u"omschrijving_fout")
        self.omschrijving_fout.setText(u"")
        self.omschrijving_fout.setWordWrap(True)
        self.omschrijving_fout.setVisible(False)
        self.omschrijving_fout.setStyleSheet(u"color: #b00020;")

        self.omschrijving_vak.addWidget(self.omschrijving_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.omschrijving_vak)

        self.doel_label = QLabel(self.toekenning_pagina)
        self.doel_label.setObjectName(u"doel_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doel_label)

        self.doel_vak = QVBoxLayout()
        self.doel_vak.setSpacing(2)
        self.doel_vak.setObjectName(u"doel_vak")
        self.doel = QComboBox(self.toekenning_pagina)
        self.doel.setObjectName(u"doel")

        self.doel_vak.addWidget(self.doel)

        self.doel_fout = QLabel(self.toekenning_pagina)
        self.doel_fout.setObjectName(u"doel_fout")
        self.doel_fout.setText(u"")
        self.doel_fout.setWordWrap(True)
        self.doel_fout.setVisible(False)
        self.doel_fout.setStyleSheet(u"color: #b00020;")

        self.doel_vak.addWidget(self.doel_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.doel_vak)

        self.groep_label = QLabel(self.toekenning_pagina)
        self.groep_label.setObjectName(u"groep_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groep_label)

        self.groep_vak = QVBoxLayout()
        self.groep_vak.setSpacing(2)
        self.groep_vak.setObjectName(u"groep_vak")
        self.groep = QComboBox(self.toekenning_pagina)
        self.groep.setObjectName(u"groep")

        self.groep_vak.addWidget(self.groep)

        self.groep_fout = QLabel(self.toekenning_pagina)
        self.groep_fout.setObjectName(u"groep_fout")
        self.groep_fout.setText(u"")
        self.groep_fout.setWordWrap(True)
        self.groep_fout.setVisible(False)
        self.groep_fout.setStyleSheet(u"color: #b00020;")

        self.groep_vak.addWidget(self.groep_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.groep_vak)

        self.activiteit_soort_label = QLabel(self.toekenning_pagina)
        self.activiteit_soort_label.setObjectName(u"activiteit_soort_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activiteit_soort_label)

        self.activiteit_soort_vak = QVBoxLayout()
        self.activiteit_soort_vak.setSpacing(2)
        self.activiteit_soort_vak.setObjectName(u"activiteit_soort_vak")
        self.activiteit_soort = QComboBox(self.toekenning_pagina)
        self.activiteit_soort.setObjectName(u"activiteit_soort")
        self.activiteit_soort.setEditable(True)

        self.activiteit_soort_vak.addWidget(self.activiteit_soort)

        self.activiteit_soort_fout = QLabel(self.toekenning_pagina)
        self.activiteit_soort_fout.setObjectName(u"activiteit_soort_fout")
        self.activiteit_soort_fout.setText(u"")
        self.activiteit_soort_fout.setWordWrap(True)
        self.activiteit_soort_fout.setVisible(False)
        self.activiteit_soort_fout.setStyleSheet(u"color: #b00020;")

        self.activiteit_soort_vak.addWidget(self.activiteit_soort_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.activiteit_soort_vak)

        self.bedrag_cents_label = QLabel(self.toekenning_pagina)
        self.bedrag_cents_label.setObjectName(u"bedrag_cents_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bedrag_cents_label)

        self.bedrag_cents_vak = QVBoxLayout()
        self.bedrag_cents_vak.setSpacing(2)
        self.bedrag_cents_vak.setObjectName(u"bedrag_cents_vak")
        self.bedrag_cents = QLineEdit(self.toekenning_pagina)
        self.bedrag_cents.setObjectName(u"bedrag_cents")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents)

        self.bedrag_cents_fout = QLabel(self.toekenning_pagina)
        self.bedrag_cents_fout.setObjectName(u"bedrag_cents_fout")
        self.bedrag_cents_fout.setText(u"")
        self.bedrag_cents_fout.setWordWrap(True)
        self.bedrag_cents_fout.setVisible(False)
        self.bedrag_cents_fout.setStyleSheet(u"color: #b00020;")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bedrag_cents_vak)

        self.zaaknummer_label = QLabel(self.toekenning_pagina)
        self.zaaknummer_label.setObjectName(u"zaaknummer_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.zaaknummer_label)

        self.zaaknummer_vak = QVBoxLayout()
        self.zaaknummer_vak.setSpacing(2)
        self.zaaknummer_vak.setObjectName(u"zaaknummer_vak")
        self.zaaknummer = QLineEdit(self.toekenning_pagina)
        self.zaaknummer.setObjectName(u"zaaknummer")

        self.zaaknummer_vak.addWidget(self.zaaknummer)

        self.zaaknummer_fout = QLabel(self.toekenning_pagina)
        self.zaaknummer_fout.setObjectName(u"zaaknummer_fout")
        self.zaaknummer_fout.setText(u"")
        self.zaaknummer_fout.setWordWrap(True)
        self.zaaknummer_fout.setVisible(False)
        self.zaaknummer_fout.setStyleSheet(u"color: #b00020;")

        self.zaaknummer_vak.addWidget(self.zaaknummer_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.zaaknummer_vak)

        self.besluitdatum_label = QLabel(self.toekenning_pagina)
        self.besluitdatum_label.setObjectName(u"besluitdatum_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.besluitdatum_label)

        self.besluitdatum_vak = QVBoxLayout()
        self.besluitdatum_vak.setSpacing(2)
        self.besluitdatum_vak.setObjectName(u"besluitdatum_vak")
        self.besluitdatum = QLineEdit(self.toekenning_pagina)
        self.besluitdatum.setObjectName(u"besluitdatum")

        self.besluitdatum_vak.addWidget(self.besluitdatum)

        self.besluitdatum_fout = QLabel(self.toekenning_pagina)
        self.besluitdatum_fout.setObjectName(u"besluitdatum_fout")
        self.besluitdatum_fout.setText(u"")
        self.besluitdatum_fout.setWordWrap(True)
        self.besluitdatum_fout.setVisible(False)
        self.besluitdatum_fout.setStyleSheet(u"color: #b00020;")

        self.besluitdatum_vak.addWidget(self.besluitdatum_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.besluitdatum_vak)

        self.besloten_door_label = QLabel(self.toekenning_pagina)
        self.besloten_door_label.setObjectName(u"besloten_door_label")

        self.formulier_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.besloten_door_label)

        self.besloten_door_vak = QVBoxLayout()
        self.besloten_door_vak.setSpacing(2)
        self.besloten_door_vak.setObjectName(u"besloten_door_vak")
        self.besloten_door = QLineEdit(self.toekenning_pagina)
        self.besloten_door.setObjectName(u"besloten_door")

        self.besloten_door_vak.addWidget(self.besloten_door)

        self.besloten_door_fout = QLabel(self.toekenning_pagina)
        self.besloten_door_fout.setObjectName(u"besloten_door_fout")
        self.besloten_door_fout.setText(u"")
        self.besloten_door_fout.setWordWrap(True)
        self.besloten_door_fout.setVisible(False)
        self.besloten_door_fout.setStyleSheet(u"color: #b00020;")

        self.besloten_door_vak.addWidget(self.besloten_door_fout)


        self.formulier_1.setLayout(7, QFormLayout.ItemRole.FieldRole, self.besloten_door_vak)


        self.toekenning_hoofd.addLayout(self.formulier_1)

        self.vulling_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.toekenning_hoofd.addItem(self.vulling_2)

        self.tabs.addTab(self.toekenning_pagina, "")
        self.aanvraag_pagina = QWidget()
        self.aanvraag_pagina.setObjectName(u"aanvraag_pagina")
        self.aanvraag_hoofd = QVBoxLayout(self.aanvraag_pagina)
        self.aanvraag_hoofd.setObjectName(u"aanvraag_hoofd")
        self.formulier_2 = QFormLayout()
        self.formulier_2.setObjectName(u"formulier_2")
        self.formulier_2.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.aanvraag_ontvangen_op_label = QLabel(self.aanvraag_pagina)
        self.aanvraag_ontvangen_op_label.setObjectName(u"aanvraag_ontvangen_op_label")

        self.formulier_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aanvraag_ontvangen_op_label)

        self.aanvraag_ontvangen_op_vak = QVBoxLayout()
        self.aanvraag_ontvangen_op_vak.setSpacing(2)
        self.aanvraag_ontvangen_op_vak.setObjectName(u"aanvraag_ontvangen_op_vak")
        self.aanvraag_ontvangen_op = QLineEdit(self.aanvraag_pagina)
        self.aanvraag_ontvangen_op.setObjectName(u"aanvraag_ontvangen_op")

        self.aanvraag_ontvangen_op_vak.addWidget(self.aanvraag_ontvangen_op)

        self.aanvraag_ontvangen_op_fout = QLabel(self.aanvraag_pagina)
        self.aanvraag_ontvangen_op_fout.setObjectName(u"aanvraag_ontvangen_op_fout")
        self.aanvraag_ontvangen_op_fout.setText(u"")
        self.aanvraag_ontvangen_op_fout.setWordWrap(True)
        self.aanvraag_ontvangen_op_fout.setVisible(False)
        self.aanvraag_ontvangen_op_fout.setStyleSheet(u"color: #b00020;")

        self.aanvraag_ontvangen_op_vak.addWidget(self.aanvraag_ontvangen_op_fout)


        self.formulier_2.setLayout(0, QFormLayout.ItemRole.FieldRole, self.aanvraag_ontvangen_op_vak)

        self.activiteit_startdatum_label = QLabel(self.aanvraag_pagina)
        self.activiteit_startdatum_label.setObjectName(u"activiteit_startdatum_label")

        self.formulier_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activiteit_startdatum_label)

        self.activiteit_startdatum_vak = QVBoxLayout()
        self.activiteit_startdatum_vak.setSpacing(2)
        self.activiteit_startdatum_vak.setObjectName(u"activiteit_startdatum_vak")
        self.activiteit_startdatum = QLineEdit(self.aanvraag_pagina)
        self.activiteit_startdatum.setObjectName(u"activiteit_startdatum")

        self.activiteit_startdatum_vak.addWidget(self.activiteit_startdatum)

        self.activiteit_startdatum_fout = QLabel(self.aanvraag_pagina)
        self.activiteit_startdatum_fout.setObjectName(u"activiteit_startdatum_fout")
        self.activiteit_startdatum_fout.setText(u"")
        self.activiteit_startdatum_fout.setWordWrap(True)
        self.activiteit_startdatum_fout.setVisible(False)
        self.activiteit_startdatum_fout.setStyleSheet(u"color: #b00020;")

        self.activiteit_startdatum_vak.addWidget(self.activiteit_startdatum_fout)


        self.formulier_2.setLayout(1, QFormLayout.ItemRole.FieldRole, self.activiteit_startdatum_vak)

        self.activiteit_einddatum_label = QLabel(self.aanvraag_pagina)
        self.activiteit_einddatum_label.setObjectName(u"activiteit_einddatum_label")

        self.formulier_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activiteit_einddatum_label)

        self.activiteit_einddatum_vak = QVBoxLayout()
        self.activiteit_einddatum_vak.setSpacing(2)
        self.activiteit_einddatum_vak.setObjectName(u"activiteit_einddatum_vak")
        self.activiteit_einddatum = QLineEdit(self.aanvraag_pagina)
        self.activiteit_einddatum.setObjectName(u"activiteit_einddatum")

        self.activiteit_einddatum_vak.addWidget(self.activiteit_einddatum)

        self.activiteit_einddatum_fout = QLabel(self.aanvraag_pagina)
        self.activiteit_einddatum_fout.setObjectName(u"activiteit_einddatum_fout")
        self.activiteit_einddatum_fout.setText(u"")
        self.activiteit_einddatum_fout.setWordWrap(True)
        self.activiteit_einddatum_fout.setVisible(False)
        self.activiteit_einddatum_fout.setStyleSheet(u"color: #b00020;")

        self.activiteit_einddatum_vak.addWidget(self.activiteit_einddatum_fout)


        self.formulier_2.setLayout(2, QFormLayout.ItemRole.FieldRole, self.activiteit_einddatum_vak)

        self.wijkteam_advies_op_label = QLabel(self.aanvraag_pagina)
        self.wijkteam_advies_op_label.setObjectName(u"wijkteam_advies_op_label")

        self.formulier_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wijkteam_advies_op_label)

        self.wijkteam_advies_op_vak = QVBoxLayout()
        self.wijkteam_advies_op_vak.setSpacing(2)
        self.wijkteam_advies_op_vak.setObjectName(u"wijkteam_advies_op_vak")
        self.wijkteam_advies_op = QLineEdit(self.aanvraag_pagina)
        self.wijkteam_advies_op.setObjectName(u"wijkteam_advies_op")

        self.wijkteam_advies_op_vak.addWidget(self.wijkteam_advies_op)

        self.wijkteam_advies_op_fout = QLabel(self.aanvraag_pagina)
        self.wijkteam_advies_op_fout.setObjectName(u"wijkteam_advies_op_fout")
        self.wijkteam_advies_op_fout.setText(u"")
        self.wijkteam_advies_op_fout.setWordWrap(True)
        self.wijkteam_advies_op_fout.setVisible(False)
        self.wijkteam_advies_op_fout.setStyleSheet(u"color: #b00020;")

        self.wijkteam_advies_op_vak.addWidget(self.wijkteam_advies_op_fout)


        self.formulier_2.setLayout(3, QFormLayout.ItemRole.FieldRole, self.wijkteam_advies_op_vak)

        self.activiteitenplan_label = QLabel(self.aanvraag_pagina)
        self.activiteitenplan_label.setObjectName(u"activiteitenplan_label")

        self.formulier_2.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activiteitenplan_label)

        self.activiteitenplan_vak = QVBoxLayout()
        self.activiteitenplan_vak.setSpacing(2)
        self.activiteitenplan_vak.setObjectName(u"activiteitenplan_vak")
        self.activiteitenplan = QPlainTextEdit(self.aanvraag_pagina)
        self.activiteitenplan.setObjectName(u"activiteitenplan")
        self.activiteitenplan.setTabChangesFocus(True)

        self.activiteitenplan_vak.addWidget(self.activiteitenplan)

        self.activiteitenplan_fout = QLabel(self.aanvraag_pagina)
        self.activiteitenplan_fout.setObjectName(u"activiteitenplan_fout")
        self.activiteitenplan_fout.setText(u"")
        self.activiteitenplan_fout.setWordWrap(True)
        self.activiteitenplan_fout.setVisible(False)
        self.activiteitenplan_fout.setStyleSheet(u"color: #b00020;")

        self.activiteitenplan_vak.addWidget(self.activiteitenplan_fout)


        self.formulier_2.setLayout(4, QFormLayout.ItemRole.FieldRole, self.activiteitenplan_vak)


        self.aanvraag_hoofd.addLayout(self.formulier_2)

        self.begroting_label = QLabel(self.aanvraag_pagina)
        self.begroting_label.setObjectName(u"begroting_label")

        self.aanvraag_hoofd.addWidget(self.begroting_label)

        self.begroting = QTableWidget(self.aanvraag_pagina)
        if (self.begroting.columnCount() < 3):
            self.begroting.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.begroting.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.begroting.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.begroting.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.begroting.setObjectName(u"begroting")
        self.begroting.setColumnCount(3)

        self.aanvraag_hoofd.addWidget(self.begroting)

        self.begroting_fout = QLabel(self.aanvraag_pagina)
        self.begroting_fout.setObjectName(u"begroting_fout")
        self.begroting_fout.setText(u"")
        self.begroting_fout.setWordWrap(True)
        self.begroting_fout.setVisible(False)
        self.begroting_fout.setStyleSheet(u"color: #b00020;")

        self.aanvraag_hoofd.addWidget(self.begroting_fout)

        self.begroting_knoppen = QHBoxLayout()
        self.begroting_knoppen.setObjectName(u"begroting_knoppen")
        self.regel_toevoegen = QPushButton(self.aanvraag_pagina)
        self.regel_toevoegen.setObjectName(u"regel_toevoegen")
        self.regel_toevoegen.setAutoDefault(False)

        self.begroting_knoppen.addWidget(self.regel_toevoegen)

        self.regel_verwijderen = QPushButton(self.aanvraag_pagina)
        self.regel_verwijderen.setObjectName(u"regel_verwijderen")
        self.regel_verwijderen.setAutoDefault(False)

        self.begroting_knoppen.addWidget(self.regel_verwijderen)

        self.vulling_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.begroting_knoppen.addItem(self.vulling_3)

        self.begroting_totaal = QLabel(self.aanvraag_pagina)
        self.begroting_totaal.setObjectName(u"begroting_totaal")
        self.begroting_totaal.setText(u"")

        self.begroting_knoppen.addWidget(self.begroting_totaal)


        self.aanvraag_hoofd.addLayout(self.begroting_knoppen)

        self.regel_waarschuwingen = QListWidget(self.aanvraag_pagina)
        self.regel_waarschuwingen.setObjectName(u"regel_waarschuwingen")
        self.regel_waarschuwingen.setWordWrap(True)
        self.regel_waarschuwingen.setStyleSheet(u"QListWidget { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; }")

        self.aanvraag_hoofd.addWidget(self.regel_waarschuwingen)

        self.beslistermijn = QLabel(self.aanvraag_pagina)
        self.beslistermijn.setObjectName(u"beslistermijn")
        self.beslistermijn.setText(u"")
        self.beslistermijn.setWordWrap(True)
        self.beslistermijn.setTextFormat(Qt.TextFormat.RichText)

        self.aanvraag_hoofd.addWidget(self.beslistermijn)

        self.tabs.addTab(self.aanvraag_pagina, "")

        self.hoofd.addWidget(self.tabs)

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
        self.aanvraag_ontvangen_op_label.setBuddy(self.aanvraag_ontvangen_op)
        self.activiteit_startdatum_label.setBuddy(self.activiteit_startdatum)
        self.activiteit_einddatum_label.setBuddy(self.activiteit_einddatum)
        self.wijkteam_advies_op_label.setBuddy(self.wijkteam_advies_op)
        self.activiteitenplan_label.setBuddy(self.activiteitenplan)
        self.begroting_label.setBuddy(self.begroting)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.omschrijving, self.doel)
        QWidget.setTabOrder(self.doel, self.groep)
        QWidget.setTabOrder(self.groep, self.activiteit_soort)
        QWidget.setTabOrder(self.activiteit_soort, self.bedrag_cents)
        QWidget.setTabOrder(self.bedrag_cents, self.zaaknummer)
        QWidget.setTabOrder(self.zaaknummer, self.besluitdatum)
        QWidget.setTabOrder(self.besluitdatum, self.besloten_door)
        QWidget.setTabOrder(self.besloten_door, self.aanvraag_ontvangen_op)
        QWidget.setTabOrder(self.aanvraag_ontvangen_op, self.activiteit_startdatum)
        QWidget.setTabOrder(self.activiteit_startdatum, self.activiteit_einddatum)
        QWidget.setTabOrder(self.activiteit_einddatum, self.wijkteam_advies_op)
        QWidget.setTabOrder(self.wijkteam_advies_op, self.activiteitenplan)
        QWidget.setTabOrder(self.activiteitenplan, self.begroting)
        QWidget.setTabOrder(self.begroting, self.regel_toevoegen)
        QWidget.setTabOrder(self.regel_toevoegen, self.regel_verwijderen)
        QWidget.setTabOrder(self.regel_verwijderen, self.regel_waarschuwingen)

        self.retranslateUi(ToekenningDialog)

        self.tabs.setCurrentIndex(0)


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
        self.tabs.setTabText(self.tabs.indexOf(self.toekenning_pagina), QCoreApplication.translate("ToekenningDialog", u"&Toekenning", None))
        self.aanvraag_ontvangen_op_label.setText(QCoreApplication.translate("ToekenningDialog", u"Ontvangen op", None))
        self.aanvraag_ontvangen_op.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
        self.activiteit_startdatum_label.setText(QCoreApplication.translate("ToekenningDialog", u"Activiteit van", None))
        self.activiteit_startdatum.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
        self.activiteit_einddatum_label.setText(QCoreApplication.translate("ToekenningDialog", u"Activiteit tot en met", None))
        self.activiteit_einddatum.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
        self.wijkteam_advies_op_label.setText(QCoreApplication.translate("ToekenningDialog", u"Advies wijkteam op", None))
        self.wijkteam_advies_op.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"dd-mm-jjjj", None))
        self.activiteitenplan_label.setText(QCoreApplication.translate("ToekenningDialog", u"Activiteitenplan", None))
        self.activiteitenplan.setPlaceholderText(QCoreApplication.translate("ToekenningDialog", u"Wat, waar, voor wie, wie doet wat (een paar regels)", None))
        self.begroting_label.setText(QCoreApplication.translate("ToekenningDialog", u"&Begroting (Insert: regel erbij, Ctrl+Delete: regel weg)", None))
        ___qtablewidgetitem = self.begroting.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ToekenningDialog", u"Omschrijving", None))
        ___qtablewidgetitem1 = self.begroting.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ToekenningDialog", u"Soort", None))
        ___qtablewidgetitem2 = self.begroting.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ToekenningDialog", u"Bedrag", None))
        self.regel_toevoegen.setText(QCoreApplication.translate("ToekenningDialog", u"&Regel toevoegen", None))
        self.regel_verwijderen.setText(QCoreApplication.translate("ToekenningDialog", u"Regel &verwijderen", None))
#if QT_CONFIG(tooltip)
        self.regel_waarschuwingen.setToolTip(QCoreApplication.translate("ToekenningDialog", u"Enter of dubbelklik: naar die regel van de begroting", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.aanvraag_pagina), QCoreApplication.translate("ToekenningDialog", u"&Aanvraag", None))
    # retranslateUi

