# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_summary.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from wijkdesk.views.budget_bar import BudgetBar

class Ui_BudgetSummary(object):
    def setupUi(self, BudgetSummary):
        if not BudgetSummary.objectName():
            BudgetSummary.setObjectName(u"BudgetSummary")
        self.hoofd = QVBoxLayout(BudgetSummary)
        self.hoofd.setObjectName(u"hoofd")
        self.rij_1 = QHBoxLayout()
        self.rij_1.setObjectName(u"rij_1")
        self.titel = QLabel(BudgetSummary)
        self.titel.setObjectName(u"titel")
        self.titel.setText(u"")
        self.titel.setWordWrap(False)
        self.titel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.rij_1.addWidget(self.titel)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rij_1.addItem(self.ruimte_1)

        self.budget_knop = QPushButton(BudgetSummary)
        self.budget_knop.setObjectName(u"budget_knop")

        self.rij_1.addWidget(self.budget_knop)

        self.jaar_knop = QPushButton(BudgetSummary)
        self.jaar_knop.setObjectName(u"jaar_knop")

        self.rij_1.addWidget(self.jaar_knop)


        self.hoofd.addLayout(self.rij_1)

        self.rij_2 = QHBoxLayout()
        self.rij_2.setObjectName(u"rij_2")
        self.budget_vak = QGroupBox(BudgetSummary)
        self.budget_vak.setObjectName(u"budget_vak")
        self.budget_vak_vak = QVBoxLayout(self.budget_vak)
        self.budget_vak_vak.setObjectName(u"budget_vak_vak")
        self.budget_bedrag = QLabel(self.budget_vak)
        self.budget_bedrag.setObjectName(u"budget_bedrag")
        self.budget_bedrag.setText(u"")
        self.budget_bedrag.setWordWrap(False)
        self.budget_bedrag.setStyleSheet(u"font-size: 20pt; font-weight: 600;")

        self.budget_vak_vak.addWidget(self.budget_bedrag)


        self.rij_2.addWidget(self.budget_vak)

        self.toegekend_vak = QGroupBox(BudgetSummary)
        self.toegekend_vak.setObjectName(u"toegekend_vak")
        self.toegekend_vak_vak = QVBoxLayout(self.toegekend_vak)
        self.toegekend_vak_vak.setObjectName(u"toegekend_vak_vak")
        self.toegekend_bedrag = QLabel(self.toegekend_vak)
        self.toegekend_bedrag.setObjectName(u"toegekend_bedrag")
        self.toegekend_bedrag.setText(u"")
        self.toegekend_bedrag.setWordWrap(False)
        self.toegekend_bedrag.setStyleSheet(u"font-size: 20pt; font-weight: 600; color: #1f5f99;")

        self.toegekend_vak_vak.addWidget(self.toegekend_bedrag)


        self.rij_2.addWidget(self.toegekend_vak)

        self.uitgegeven_vak = QGroupBox(BudgetSummary)
        self.uitgegeven_vak.setObjectName(u"uitgegeven_vak")
        self.uitgegeven_vak_vak = QVBoxLayout(self.uitgegeven_vak)
        self.uitgegeven_vak_vak.setObjectName(u"uitgegeven_vak_vak")
        self.uitgegeven_bedrag = QLabel(self.uitgegeven_vak)
        self.uitgegeven_bedrag.setObjectName(u"uitgegeven_bedrag")
        self.uitgegeven_bedrag.setText(u"")
        self.uitgegeven_bedrag.setWordWrap(False)
        self.uitgegeven_bedrag.setStyleSheet(u"font-size: 20pt; font-weight: 600; color: #8a4b00;")

        self.uitgegeven_vak_vak.addWidget(self.uitgegeven_bedrag)


        self.rij_2.addWidget(self.uitgegeven_vak)

        self.resterend_vak = QGroupBox(BudgetSummary)
        self.resterend_vak.setObjectName(u"resterend_vak")
        self.resterend_vak_vak = QVBoxLayout(self.resterend_vak)
        self.resterend_vak_vak.setObjectName(u"resterend_vak_vak")
        self.resterend_bedrag = QLabel(self.resterend_vak)
        self.resterend_bedrag.setObjectName(u"resterend_bedrag")
        self.resterend_bedrag.setText(u"")
        self.resterend_bedrag.setWordWrap(False)
        self.resterend_bedrag.setStyleSheet(u"font-size: 20pt; font-weight: 600; color: #1b6e2c;")

        self.resterend_vak_vak.addWidget(self.resterend_bedrag)


        self.rij_2.addWidget(self.resterend_vak)


        self.hoofd.addLayout(self.rij_2)

        self.balk = BudgetBar(BudgetSummary)
        self.balk.setObjectName(u"balk")
        self.balk.setMinimumSize(QSize(0, 34))

        self.hoofd.addWidget(self.balk)

        self.melding = QLabel(BudgetSummary)
        self.melding.setObjectName(u"melding")
        self.melding.setText(u"")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet(u"")

        self.hoofd.addWidget(self.melding)

        self.overheveling = QLabel(BudgetSummary)
        self.overheveling.setObjectName(u"overheveling")
        self.overheveling.setText(u"")
        self.overheveling.setWordWrap(True)
        self.overheveling.setVisible(False)

        self.hoofd.addWidget(self.overheveling)


        self.retranslateUi(BudgetSummary)

        QMetaObject.connectSlotsByName(BudgetSummary)
    # setupUi

    def retranslateUi(self, BudgetSummary):
        BudgetSummary.setWindowTitle(QCoreApplication.translate("BudgetSummary", u"Budget", None))
        self.budget_knop.setText(QCoreApplication.translate("BudgetSummary", u"Budget instellen\u2026", None))
        self.jaar_knop.setText(QCoreApplication.translate("BudgetSummary", u"Jaar afsluiten\u2026", None))
#if QT_CONFIG(tooltip)
        self.jaar_knop.setToolTip(QCoreApplication.translate("BudgetSummary", u"Sluit het jaar van deze wijk af: het resterende geld gaat naar het volgende jaar, open idee\u00ebn en doelen ook", None))
#endif // QT_CONFIG(tooltip)
        self.budget_vak.setTitle(QCoreApplication.translate("BudgetSummary", u"Meedoenbudget", None))
        self.toegekend_vak.setTitle(QCoreApplication.translate("BudgetSummary", u"Toegekend", None))
        self.uitgegeven_vak.setTitle(QCoreApplication.translate("BudgetSummary", u"Uitgegeven", None))
        self.resterend_vak.setTitle(QCoreApplication.translate("BudgetSummary", u"Resterend", None))
    # retranslateUi

