# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bijlagen_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BijlagenDialog(object):
    def setupUi(self, BijlagenDialog):
        if not BijlagenDialog.objectName():
            BijlagenDialog.setObjectName(u"BijlagenDialog")
        BijlagenDialog.resize(520, 340)
        self.hoofd = QVBoxLayout(BijlagenDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(BijlagenDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.bijlagen_groep = QGroupBox(BijlagenDialog)
        self.bijlagen_groep.setObjectName(u"bijlagen_groep")
        self.bijlagen_vak = QVBoxLayout(self.bijlagen_groep)
        self.bijlagen_vak.setObjectName(u"bijlagen_vak")
        self.bijlagen_rij = QHBoxLayout()
        self.bijlagen_rij.setObjectName(u"bijlagen_rij")
        self.bijlagen = QListWidget(self.bijlagen_groep)
        self.bijlagen.setObjectName(u"bijlagen")
        self.bijlagen.setMinimumSize(QSize(0, 72))
        self.bijlagen.setAlternatingRowColors(True)

        self.bijlagen_rij.addWidget(self.bijlagen)

        self.bijlagen_knoppen = QVBoxLayout()
        self.bijlagen_knoppen.setObjectName(u"bijlagen_knoppen")
        self.bijlage_toevoegen = QPushButton(self.bijlagen_groep)
        self.bijlage_toevoegen.setObjectName(u"bijlage_toevoegen")

        self.bijlagen_knoppen.addWidget(self.bijlage_toevoegen)

        self.bijlage_openen = QPushButton(self.bijlagen_groep)
        self.bijlage_openen.setObjectName(u"bijlage_openen")

        self.bijlagen_knoppen.addWidget(self.bijlage_openen)

        self.bijlage_verwijderen = QPushButton(self.bijlagen_groep)
        self.bijlage_verwijderen.setObjectName(u"bijlage_verwijderen")

        self.bijlagen_knoppen.addWidget(self.bijlage_verwijderen)

        self.vulling_bijlagen = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bijlagen_knoppen.addItem(self.vulling_bijlagen)


        self.bijlagen_rij.addLayout(self.bijlagen_knoppen)


        self.bijlagen_vak.addLayout(self.bijlagen_rij)

        self.bijlage_fout = QLabel(self.bijlagen_groep)
        self.bijlage_fout.setObjectName(u"bijlage_fout")
        self.bijlage_fout.setText(u"")
        self.bijlage_fout.setWordWrap(True)
        self.bijlage_fout.setStyleSheet(u"color: #b00020;")

        self.bijlagen_vak.addWidget(self.bijlage_fout)


        self.hoofd.addWidget(self.bijlagen_groep)

        self.knoppen = QDialogButtonBox(BijlagenDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.hoofd.addWidget(self.knoppen)


        self.retranslateUi(BijlagenDialog)

        QMetaObject.connectSlotsByName(BijlagenDialog)
    # setupUi

    def retranslateUi(self, BijlagenDialog):
        BijlagenDialog.setWindowTitle(QCoreApplication.translate("BijlagenDialog", u"Bijlagen", None))
        self.bijlagen_groep.setTitle(QCoreApplication.translate("BijlagenDialog", u"Bijlagen", None))
        self.bijlage_toevoegen.setText(QCoreApplication.translate("BijlagenDialog", u"Toevoegen\u2026", None))
        self.bijlage_openen.setText(QCoreApplication.translate("BijlagenDialog", u"Openen", None))
        self.bijlage_verwijderen.setText(QCoreApplication.translate("BijlagenDialog", u"Verwijderen", None))
    # retranslateUi

