# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bewaartermijn_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BewaartermijnDialog(object):
    def setupUi(self, BewaartermijnDialog):
        if not BewaartermijnDialog.objectName():
            BewaartermijnDialog.setObjectName(u"BewaartermijnDialog")
        BewaartermijnDialog.resize(820, 480)
        self.hoofd = QVBoxLayout(BewaartermijnDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(BewaartermijnDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.termijnen = QHBoxLayout()
        self.termijnen.setObjectName(u"termijnen")
        self.toestemming_label = QLabel(BewaartermijnDialog)
        self.toestemming_label.setObjectName(u"toestemming_label")

        self.termijnen.addWidget(self.toestemming_label)

        self.toestemming_maanden = QSpinBox(BewaartermijnDialog)
        self.toestemming_maanden.setObjectName(u"toestemming_maanden")
        self.toestemming_maanden.setMinimum(1)
        self.toestemming_maanden.setMaximum(120)
        self.toestemming_maanden.setValue(24)

        self.termijnen.addWidget(self.toestemming_maanden)

        self.tussen = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.termijnen.addItem(self.tussen)

        self.vertrokken_label = QLabel(BewaartermijnDialog)
        self.vertrokken_label.setObjectName(u"vertrokken_label")

        self.termijnen.addWidget(self.vertrokken_label)

        self.vertrokken_maanden = QSpinBox(BewaartermijnDialog)
        self.vertrokken_maanden.setObjectName(u"vertrokken_maanden")
        self.vertrokken_maanden.setMinimum(1)
        self.vertrokken_maanden.setMaximum(120)
        self.vertrokken_maanden.setValue(12)

        self.termijnen.addWidget(self.vertrokken_maanden)

        self.rest = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termijnen.addItem(self.rest)


        self.hoofd.addLayout(self.termijnen)

        self.lijst = QTableWidget(BewaartermijnDialog)
        self.lijst.setObjectName(u"lijst")
        self.lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lijst.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lijst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lijst.setWordWrap(True)

        self.hoofd.addWidget(self.lijst)

        self.leeg = QLabel(BewaartermijnDialog)
        self.leeg.setObjectName(u"leeg")

        self.hoofd.addWidget(self.leeg)

        self.acties = QHBoxLayout()
        self.acties.setObjectName(u"acties")
        self.vernieuw_knop = QPushButton(BewaartermijnDialog)
        self.vernieuw_knop.setObjectName(u"vernieuw_knop")

        self.acties.addWidget(self.vernieuw_knop)

        self.wissen_knop = QPushButton(BewaartermijnDialog)
        self.wissen_knop.setObjectName(u"wissen_knop")

        self.acties.addWidget(self.wissen_knop)

        self.ruimte = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acties.addItem(self.ruimte)

        self.knoppen = QDialogButtonBox(BewaartermijnDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.acties.addWidget(self.knoppen)


        self.hoofd.addLayout(self.acties)

#if QT_CONFIG(shortcut)
        self.toestemming_label.setBuddy(self.toestemming_maanden)
        self.vertrokken_label.setBuddy(self.vertrokken_maanden)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BewaartermijnDialog)

        QMetaObject.connectSlotsByName(BewaartermijnDialog)
    # setupUi

    def retranslateUi(self, BewaartermijnDialog):
        BewaartermijnDialog.setWindowTitle(QCoreApplication.translate("BewaartermijnDialog", u"Bewaartermijn verlopen", None))
        self.uitleg.setText(QCoreApplication.translate("BewaartermijnDialog", u"Bewaar persoonsgegevens niet langer dan nodig (AVG). Van deze personen is de bewaartermijn verlopen: vraag opnieuw toestemming en leg die vast, of wis hun gegevens.", None))
        self.toestemming_label.setText(QCoreApplication.translate("BewaartermijnDialog", u"Toestemming geldt", None))
        self.toestemming_maanden.setSuffix(QCoreApplication.translate("BewaartermijnDialog", u" maanden", None))
        self.vertrokken_label.setText(QCoreApplication.translate("BewaartermijnDialog", u"Bewaren na vertrek uit de laatste groep", None))
        self.vertrokken_maanden.setSuffix(QCoreApplication.translate("BewaartermijnDialog", u" maanden", None))
        self.leeg.setText(QCoreApplication.translate("BewaartermijnDialog", u"Van niemand is de bewaartermijn verlopen.", None))
        self.vernieuw_knop.setText(QCoreApplication.translate("BewaartermijnDialog", u"Toestemming &vernieuwd", None))
#if QT_CONFIG(tooltip)
        self.vernieuw_knop.setToolTip(QCoreApplication.translate("BewaartermijnDialog", u"De persoon gaf vandaag opnieuw toestemming: de datum wordt vandaag.", None))
#endif // QT_CONFIG(tooltip)
        self.wissen_knop.setText(QCoreApplication.translate("BewaartermijnDialog", u"&Wissen\u2026", None))
    # retranslateUi

