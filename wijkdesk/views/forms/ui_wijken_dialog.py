# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wijken_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WijkenDialog(object):
    def setupUi(self, WijkenDialog):
        if not WijkenDialog.objectName():
            WijkenDialog.setObjectName(u"WijkenDialog")
        WijkenDialog.resize(480, 420)
        self.hoofd = QVBoxLayout(WijkenDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(WijkenDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.lijst = QListWidget(WijkenDialog)
        self.lijst.setObjectName(u"lijst")

        self.hoofd.addWidget(self.lijst)

        self.toon_archief = QCheckBox(WijkenDialog)
        self.toon_archief.setObjectName(u"toon_archief")

        self.hoofd.addWidget(self.toon_archief)

        self.knoppen_1 = QHBoxLayout()
        self.knoppen_1.setObjectName(u"knoppen_1")
        self.nieuw_knop = QPushButton(WijkenDialog)
        self.nieuw_knop.setObjectName(u"nieuw_knop")

        self.knoppen_1.addWidget(self.nieuw_knop)

        self.wijzig_knop = QPushButton(WijkenDialog)
        self.wijzig_knop.setObjectName(u"wijzig_knop")

        self.knoppen_1.addWidget(self.wijzig_knop)

        self.archiveer_knop = QPushButton(WijkenDialog)
        self.archiveer_knop.setObjectName(u"archiveer_knop")

        self.knoppen_1.addWidget(self.archiveer_knop)

        self.ruimte_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen_1.addItem(self.ruimte_1)


        self.hoofd.addLayout(self.knoppen_1)

        self.knoppen = QDialogButtonBox(WijkenDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.hoofd.addWidget(self.knoppen)


        self.retranslateUi(WijkenDialog)

        QMetaObject.connectSlotsByName(WijkenDialog)
    # setupUi

    def retranslateUi(self, WijkenDialog):
        WijkenDialog.setWindowTitle(QCoreApplication.translate("WijkenDialog", u"Wijken beheren", None))
        self.uitleg.setText(QCoreApplication.translate("WijkenDialog", u"De wijken in deze database. Een gearchiveerde wijk blijft bewaard maar staat niet meer in de keuzelijst.", None))
        self.toon_archief.setText(QCoreApplication.translate("WijkenDialog", u"Toon ook gearchiveerde wijken", None))
        self.nieuw_knop.setText(QCoreApplication.translate("WijkenDialog", u"Nieuwe wijk\u2026", None))
        self.wijzig_knop.setText(QCoreApplication.translate("WijkenDialog", u"Wijzigen\u2026", None))
        self.archiveer_knop.setText(QCoreApplication.translate("WijkenDialog", u"Archiveren", None))
    # retranslateUi

