# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kies_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_KiesDialog(object):
    def setupUi(self, KiesDialog):
        if not KiesDialog.objectName():
            KiesDialog.setObjectName(u"KiesDialog")
        KiesDialog.resize(420, 420)
        self.hoofd = QVBoxLayout(KiesDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(KiesDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.zoek = QLineEdit(KiesDialog)
        self.zoek.setObjectName(u"zoek")
        self.zoek.setClearButtonEnabled(True)

        self.hoofd.addWidget(self.zoek)

        self.lijst = QListWidget(KiesDialog)
        self.lijst.setObjectName(u"lijst")

        self.hoofd.addWidget(self.lijst)

        self.knoppen = QDialogButtonBox(KiesDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)


        self.retranslateUi(KiesDialog)

        QMetaObject.connectSlotsByName(KiesDialog)
    # setupUi

    def retranslateUi(self, KiesDialog):
        KiesDialog.setWindowTitle(QCoreApplication.translate("KiesDialog", u"Kiezen", None))
        self.zoek.setPlaceholderText(QCoreApplication.translate("KiesDialog", u"Zoeken\u2026", None))
    # retranslateUi

