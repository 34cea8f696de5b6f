# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bijeenkomst_detail.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BijeenkomstDetail(object):
    def setupUi(self, BijeenkomstDetail):
        if not BijeenkomstDetail.objectName():
            BijeenkomstDetail.setObjectName(u"BijeenkomstDetail")
        self.hoofd = QVBoxLayout(BijeenkomstDetail)
        self.hoofd.setObjectName(u"hoofd")
        self.kop = QLabel(BijeenkomstDetail)
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
        self.nu_bezig_tekst = QLabel(BijeenkomstDetail)
        self.nu_bezig_tekst.setObjectName(u"nu_bezig_tekst")
        self.nu_bezig_tekst.setText(u"")
        self.nu_bezig_tekst.setWordWrap(True)

        self.rij_1.addWidget(self.nu_bezig_tekst)

        self.nu_bezig_knop = QPushButton(BijeenkomstDetail)
        self.nu_bezig_knop.setObjectName(u"nu_bezig_knop")

        self.rij_1.addWidget(self.nu_bezig_knop)


        self.hoofd.addLayout(self.rij_1)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titel_label = QLabel(BijeenkomstDetail)
        self.titel_label.setObjectName(u"titel_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titel_label)

        self.titel_vak = QVBoxLayout()
        self.titel_vak.setSpacing(2)
        self.titel_vak.setObjectName(u"titel_vak")
        self.titel = QLineEdit(BijeenkomstDetail)
        self.titel.setObjectName(u"titel")

        self.titel_vak.addWidget(self.titel)

        self.titel_fout = QLabel(BijeenkomstDetail)
        self.titel_fout.setObjectName(u"titel_fout")
        self.titel_fout.setText(u"")
        self.titel_fout.setWordWrap(True)
        self.titel_fout.setVisible(False)
        self.titel_fout.setStyleSheet(u"color: #b00020;")

        self.titel_vak.addWidget(self.titel_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titel_vak)

        self.soort_label = QLabel(BijeenkomstDetail)
        self.soort_label.setObjectName(u"soort_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.soort_label)

        self.soort_vak = QVBoxLayout()
        self.soort_vak.setSpacing(2)
        self.soort_vak.setObjectName(u"soort_vak")
        self.soort = QComboBox(BijeenkomstDetail)
        self.soort.setObjectName(u"soort")

        self.soort_vak.addWidget(self.soort)

        self.soort_fout = QLabel(BijeenkomstDetail)
        self.soort_fout.setObjectName(u"soort_fout")
        self.soort_fout.setText(u"")
        self.soort_fout.setWordWrap(True)
        self.soort_fout.setVisible(False)
        self.soort_fout.setStyleSheet(u"color: #b00020;")

        self.soort_vak.addWidget(self.soort_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.soort_vak)

        self.datum_label = QLabel(BijeenkomstDetail)
        self.datum_label.setObjectName(u"datum_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datum_label)

        self.datum_vak = QVBoxLayout()
        self.datum_vak.setSpacing(2)
        self.datum_vak.setObjectName(u"datum_vak")
        self.datum = QLineEdit(BijeenkomstDetail)
        self.datum.setObjectName(u"datum")

        self.datum_vak.addWidget(self.datum)

        self.datum_fout = QLabel(BijeenkomstDetail)
        self.datum_fout.setObjectName(u"datum_fout")
        self.datum_fout.setText(u"")
        self.datum_fout.setWordWrap(True)
        self.datum_fout.setVisible(False)
        self.datum_fout.setStyleSheet(u"color: #b00020;")

        self.datum_vak.addWidget(self.datum_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datum_vak)

        self.tijd_label = QLabel(BijeenkomstDetail)
        self.tijd_label.setObjectName(u"tijd_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tijd_label)

        self.tijd_vak = QVBoxLayout()
        self.tijd_vak.setSpacing(2)
        self.tijd_vak.setObjectName(u"tijd_vak")
        self.tijd = QLineEdit(BijeenkomstDetail)
        self.tijd.setObjectName(u"tijd")

        self.tijd_vak.addWidget(self.tijd)

        self.tijd_fout = QLabel(BijeenkomstDetail)
        self.tijd_fout.setObjectName(u"tijd_fout")
        self.tijd_fout.setText(u"")
        self.tijd_fout.setWordWrap(True)
        self.tijd_fout.setVisible(False)
        self.tijd_fout.setStyleSheet(u"color: #b00020;")

        self.tijd_vak.addWidget(self.tijd_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.tijd_vak)

        self.plaats_label = QLabel(BijeenkomstDetail)
        self.plaats_label.setObjectName(u"plaats_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plaats_label)

        self.plaats_vak = QVBoxLayout()
        self.plaats_vak.setSpacing(2)
        self.plaats_vak.setObjectName(u"plaats_vak")
        self.plaats = QLineEdit(BijeenkomstDetail)
        self.plaats.setObjectName(u"plaats")

        self.plaats_vak.addWidget(self.plaats)

        self.plaats_fout = QLabel(BijeenkomstDetail)
        self.plaats_fout.setObjectName(u"plaats_fout")
        self.plaats_fout.setText(u"")
        self.plaats_fout.setWordWrap(True)
        self.plaats_fout.setVisible(False)
        self.plaats_fout.setStyleSheet(u"color: #b00020;")

        self.plaats_vak.addWidget(self.plaats_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.plaats_vak)

        self.aantal_aanwezig_label = QLabel(BijeenkomstDetail)
        self.aantal_aanwezig_label.setObjectName(u"aantal_aanwezig_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aantal_aanwezig_label)

        self.aantal_aanwezig_vak = QVBoxLayout()
        self.aantal_aanwezig_vak.setSpacing(2)
        self.aantal_aanwezig_vak.setObjectName(u"aantal_aanwezig_vak")
        self.aantal_aanwezig = QLineEdit(BijeenkomstDetail)
        self.aantal_aanwezig.setObjectName(u"aantal_aanwezig")

        self.aantal_aanwezig_vak.addWidget(self.aantal_aanwezig)

        self.aantal_aanwezig_fout = QLabel(BijeenkomstDetail)
        self.aantal_aanwezig_fout.setObjectName(u"aantal_aanwezig_fout")
        self.aantal_aanwezig_fout.setText(u"")
        self.aantal_aanwezig_fout.setWordWrap(True)
        self.aantal_aanwezig_fout.setVisible(False)
        self.aantal_aanwezig_fout.setStyleSheet(u"color: #b00020;")

        self.aantal_aanwezig_vak.addWidget(self.aantal_aanwezig_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.aantal_aanwezig_vak)

        self.agenda_label = QLabel(BijeenkomstDetail)
        self.agenda_label.setObjectName(u"agenda_label")

        self.formulier_1.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agenda_label)

        self.agenda_vak = QVBoxLayout()
        self.agenda_vak.setSpacing(2)
        self.agenda_vak.setObjectName(u"agenda_vak")
        self.agenda = QPlainTextEdit(BijeenkomstDetail)
        self.agenda.setObjectName(u"agenda")
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumSize(QSize(16777215, 90))

        self.agenda_vak.addWidget(self.agenda)

        self.agenda_fout = QLabel(BijeenkomstDetail)
        self.agenda_fout.setObjectName(u"agenda_fout")
        self.agenda_fout.setText(u"")
        self.agenda_fout.setWordWrap(True)
        self.agenda_fout.setVisible(False)
        self.agenda_fout.setStyleSheet(u"color: #b00020;")

        self.agenda_vak.addWidget(self.agenda_fout)


        self.formulier_1.setLayout(6, QFormLayout.ItemRole.FieldRole, self.agenda_vak)

        self.notities_label = QLabel(BijeenkomstDetail)
        self.notities_label.setObjectName(u"notities_label")

        self.formulier_1.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notities_label)

        self.notities_vak = QVBoxLayout()
        self.notities_vak.setSpacing(2)
        self.notities_vak.setObjectName(u"notities_vak")
        self.notities = QPlainTextEdit(BijeenkomstDetail)
        self.notities.setObjectName(u"notities")
        self.notities.setTabChangesFocus(True)
        self.notities.setMaximumSize(QSize(16777215, 90))

        self.notities_vak.addWidget(self.notities)

        self.notities_fout = QLabel(BijeenkomstDetail)
        self.notities_fout.setObjectName(u"notities_fout")
        self.notities_fout.setText(u"")
        self.notities_fout.setWordWrap(True)
        self.notities_fout.setVisible(False)
        self.notities_fout.setStyleSheet(u"color: #b00020;")

        self.notities_vak.addWidget(self.notities_fout)


        self.formulier_1.setLayout(7, QFormLayout.ItemRole.FieldRole, self.notities_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.samenvatting = QLabel(BijeenkomstDetail)
        self.samenvatting.setObjectName(u"samenvatting")
        self.samenvatting.setText(u"")
        self.samenvatting.setWordWrap(True)
        self.samenvatting.setStyleSheet(u"color: #333;")

        self.hoofd.addWidget(self.samenvatting)

        self.besluiten_kop = QLabel(BijeenkomstDetail)
        self.besluiten_kop.setObjectName(u"besluiten_kop")
        self.besluiten_kop.setWordWrap(True)
        self.besluiten_kop.setStyleSheet(u"font-weight: 600;")

        self.hoofd.addWidget(self.besluiten_kop)

        self.besluiten = QTableWidget(BijeenkomstDetail)
        if (self.besluiten.columnCount() < 4):
            self.besluiten.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.besluiten.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.besluiten.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.besluiten.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.besluiten.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.besluiten.setObjectName(u"besluiten")
        self.besluiten.setMinimumSize(QSize(0, 140))
        self.besluiten.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.besluiten.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.besluiten.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.besluiten.setWordWrap(True)
        self.besluiten.setTabKeyNavigation(False)
        self.besluiten.horizontalHeader().setStretchLastSection(False)
        self.besluiten.verticalHeader().setVisible(False)

        self.hoofd.addWidget(self.besluiten)

        self.rij_2 = QHBoxLayout()
        self.rij_2.setObjectName(u"rij_2")
        self.besluit_knop = QPushButton(BijeenkomstDetail)
        self.besluit_knop.setObjectName(u"besluit_knop")

        self.rij_2.addWidget(self.besluit_knop)

        self.intrekken_knop = QPushButton(BijeenkomstDetail)
        self.intrekken_knop.setObjectName(u"intrekken_knop")

        self.rij_2.addWidget(self.intrekken_knop)

        self.vervangen_knop = QPushButton(BijeenkomstDetail)
        self.vervangen_knop.setObjectName(u"vervangen_knop")

        self.rij_2.addWidget(self.vervangen_knop)

        self.ruimte_2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_2.addItem(self.ruimte_2)


        self.hoofd.addLayout(self.rij_2)

        self.rij_3 = QHBoxLayout()
        self.rij_3.setObjectName(u"rij_3")
        self.besluitenlijst_knop = QPushButton(BijeenkomstDetail)
        self.besluitenlijst_knop.setObjectName(u"besluitenlijst_knop")

        self.rij_3.addWidget(self.besluitenlijst_knop)

        self.ruimte_3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_3.addItem(self.ruimte_3)

        self.verwijder_knop = QPushButton(BijeenkomstDetail)
        self.verwijder_knop.setObjectName(u"verwijder_knop")

        self.rij_3.addWidget(self.verwijder_knop)


        self.hoofd.addLayout(self.rij_3)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

#if QT_CONFIG(shortcut)
        self.titel_label.setBuddy(self.titel)
        self.soort_label.setBuddy(self.soort)
        self.datum_label.setBuddy(self.datum)
        self.tijd_label.setBuddy(self.tijd)
        self.plaats_label.setBuddy(self.plaats)
        self.aantal_aanwezig_label.setBuddy(self.aantal_aanwezig)
        self.agenda_label.setBuddy(self.agenda)
        self.notities_label.setBuddy(self.notities)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nu_bezig_knop, self.titel)
        QWidget.setTabOrder(self.titel, self.soort)
        QWidget.setTabOrder(self.soort, self.datum)
        QWidget.setTabOrder(self.datum, self.tijd)
        QWidget.setTabOrder(self.tijd, self.plaats)
        QWidget.setTabOrder(self.plaats, self.aantal_aanwezig)
        QWidget.setTabOrder(self.aantal_aanwezig, self.agenda)
        QWidget.setTabOrder(self.agenda, self.notities)
        QWidget.setTabOrder(self.notities, self.besluiten)
        QWidget.setTabOrder(self.besluiten, self.besluit_knop)
        QWidget.setTabOrder(self.besluit_knop, self.intrekken_knop)
        QWidget.setTabOrder(self.intrekken_knop, self.vervangen_knop)
        QWidget.setTabOrder(self.vervangen_knop, self.besluitenlijst_knop)
        QWidget.setTabOrder(self.besluitenlijst_knop, self.verwijder_knop)

        self.retranslateUi(BijeenkomstDetail)

        QMetaObject.connectSlotsByName(BijeenkomstDetail)
    # setupUi

    def retranslateUi(self, BijeenkomstDetail):
        BijeenkomstDetail.setWindowTitle(QCoreApplication.translate("BijeenkomstDetail", u"Bijeenkomst", None))
        self.nu_bezig_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Nu bezig", None))
        self.titel_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Titel", None))
        self.soort_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Soort", None))
        self.datum_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Datum", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("BijeenkomstDetail", u"dd-mm-jjjj", None))
        self.tijd_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Tijd", None))
        self.tijd.setPlaceholderText(QCoreApplication.translate("BijeenkomstDetail", u"19:30", None))
        self.plaats_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Plaats", None))
        self.aantal_aanwezig_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Aantal aanwezigen", None))
        self.agenda_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Agenda", None))
        self.notities_label.setText(QCoreApplication.translate("BijeenkomstDetail", u"Notities", None))
        self.besluiten_kop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Besluiten", None))
        ___qtablewidgetitem = self.besluiten.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BijeenkomstDetail", u"Nr.", None))
        ___qtablewidgetitem1 = self.besluiten.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BijeenkomstDetail", u"Besluit", None))
        ___qtablewidgetitem2 = self.besluiten.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BijeenkomstDetail", u"Besloten door", None))
        ___qtablewidgetitem3 = self.besluiten.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BijeenkomstDetail", u"Status", None))
        self.besluit_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Besluit toevoegen\u2026", None))
        self.intrekken_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Intrekken\u2026", None))
        self.vervangen_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Vervangen\u2026", None))
        self.besluitenlijst_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Besluitenlijst (pdf)\u2026", None))
        self.verwijder_knop.setText(QCoreApplication.translate("BijeenkomstDetail", u"Verwijderen\u2026", None))
    # retranslateUi

