# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wis_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WisDialog(object):
    def setupUi(self, WisDialog):
        if not WisDialog.objectName():
            WisDialog.setObjectName(u"WisDialog")
        WisDialog.resize(620, 440)
        self.hoofd = QVBoxLayout(WisDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(WisDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.teksten_uitleg = QLabel(WisDialog)
        self.teksten_uitleg.setObjectName(u"teksten_uitleg")
        self.teksten_uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.teksten_uitleg)

        self.teksten = QListWidget(WisDialog)
        self.teksten.setObjectName(u"teksten")
        self.teksten.setWordWrap(True)

        self.hoofd.addWidget(self.teksten)

        self.gevolgen = QLabel(WisDialog)
        self.gevolgen.setObjectName(u"gevolgen")
        self.gevolgen.setWordWrap(True)
        self.gevolgen.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.gevolgen)

        self.knoppen = QDialogButtonBox(WisDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)


        self.retranslateUi(WisDialog)

        QMetaObject.connectSlotsByName(WisDialog)
    # setupUi

    def retranslateUi(self, WisDialog):
        WisDialog.setWindowTitle(QCoreApplication.translate("WisDialog", u"Persoon wissen", None))
        self.teksten_uitleg.setText(QCoreApplication.translate("WisDialog", u"Deze teksten noemen de persoon. Aangevinkte teksten worden opgeschoond (de naam, het e-mailadres of het telefoonnummer wordt vervangen); vink een tekst uit als die over iemand anders gaat.", None))
        self.gevolgen.setText(QCoreApplication.translate("WisDialog", u"Ook het wijzigingslog, het logboek en alle reservekopie\u00ebn worden opgeschoond. Ongedaan maken (Ctrl+Z) kan zolang WijkDesk open is; de reservekopie\u00ebn blijven dan zonder deze persoon.", None))
    # retranslateUi

