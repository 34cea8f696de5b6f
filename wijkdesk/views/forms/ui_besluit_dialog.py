# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'besluit_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BesluitDialog(object):
    def setupUi(self, BesluitDialog):
        if not BesluitDialog.objectName():
            BesluitDialog.setObjectName(u"BesluitDialog")
        BesluitDialog.resize(520, 420)
        self.hoofd = QVBoxLayout(BesluitDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(BesluitDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)
        self.uitleg.setStyleSheet(u"color: #333;")

        self.hoofd.addWidget(self.uitleg)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.tekst_label = QLabel(BesluitDialog)
        self.tekst_label.setObjectName(u"tekst_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tekst_label)

        self.tekst_vak = QVBoxLayout()
        self.tekst_vak.setSpacing(2)
        self.tekst_vak.setObjectName(u"tekst_vak")
        self.tekst = QPlainTextEdit(BesluitDialog)
        self.tekst.setObjectName(u"tekst")
        self.tekst.setTabChangesFocus(True)
        self.tekst.setMaximumSize(QSize(16777215, 110))

        self.tekst_vak.addWidget(self.tekst)

        self.tekst_fout = QLabel(BesluitDialog)
        self.tekst_fout.setObjectName(u"tekst_fout")
        self.tekst_fout.setText(u"")
        self.tekst_fout.setWordWrap(True)
        self.tekst_fout.setVisible(False)
        self.tekst_fout.setStyleSheet(u"color: #b00020;")

        self.tekst_vak.addWidget(self.tekst_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.tekst_vak)

        self.besloten_door_label = QLabel(BesluitDialog)
        self.besloten_door_label.setObjectName(u"besloten_door_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.besloten_door_label)

        self.besloten_door_vak = QVBoxLayout()
        self.besloten_door_vak.setSpacing(2)
        self.besloten_door_vak.setObjectName(u"besloten_door_vak")
        self.besloten_door = QLineEdit(BesluitDialog)
        self.besloten_door.setObjectName(u"besloten_door")

        self.besloten_door_vak.addWidget(self.besloten_door)

        self.besloten_door_fout = QLabel(BesluitDialog)
        self.besloten_door_fout.setObjectName(u"besloten_door_fout")
        self.besloten_door_fout.setText(u"")
        self.besloten_door_fout.setWordWrap(True)
        self.besloten_door_fout.setVisible(False)
        self.besloten_door_fout.setStyleSheet(u"color: #b00020;")

        self.besloten_door_vak.addWidget(self.besloten_door_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.besloten_door_vak)

        self.reden_label = QLabel(BesluitDialog)
        self.reden_label.setObjectName(u"reden_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reden_label)

        self.reden_vak = QVBoxLayout()
        self.reden_vak.setSpacing(2)
        self.reden_vak.setObjectName(u"reden_vak")
        self.reden = QPlainTextEdit(BesluitDialog)
        self.reden.setObjectName(u"reden")
        self.reden.setTabChangesFocus(True)
        self.reden.setMaximumSize(QSize(16777215, 80))

        self.reden_vak.addWidget(self.reden)

        self.reden_fout = QLabel(BesluitDialog)
        self.reden_fout.setObjectName(u"reden_fout")
        self.reden_fout.setText(u"")
        self.reden_fout.setWordWrap(True)
        self.reden_fout.setVisible(False)
        self.reden_fout.setStyleSheet(u"color: #b00020;")

        self.reden_vak.addWidget(self.reden_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reden_vak)

        self.bedrag_cents_label = QLabel(BesluitDialog)
        self.bedrag_cents_label.setObjectName(u"bedrag_cents_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bedrag_cents_label)

        self.bedrag_cents_vak = QVBoxLayout()
        self.bedrag_cents_vak.setSpacing(2)
        self.bedrag_cents_vak.setObjectName(u"bedrag_cents_vak")
        self.bedrag_cents = QLineEdit(BesluitDialog)
        self.bedrag_cents.setObjectName(u"bedrag_cents")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents)

        self.bedrag_cents_fout = QLabel(BesluitDialog)
        self.bedrag_cents_fout.setObjectName(u"bedrag_cents_fout")
        self.bedrag_cents_fout.setText(u"")
        self.bedrag_cents_fout.setWordWrap(True)
        self.bedrag_cents_fout.setVisible(False)
        self.bedrag_cents_fout.setStyleSheet(u"color: #b00020;")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.bedrag_cents_vak)

        self.status_reden_label = QLabel(BesluitDialog)
        self.status_reden_label.setObjectName(u"status_reden_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_reden_label)

        self.status_reden_vak = QVBoxLayout()
        self.status_reden_vak.setSpacing(2)
        self.status_reden_vak.setObjectName(u"status_reden_vak")
        self.status_reden = QPlainTextEdit(BesluitDialog)
        self.status_reden.setObjectName(u"status_reden")
        self.status_reden.setTabChangesFocus(True)
        self.status_reden.setMaximumSize(QSize(16777215, 80))

        self.status_reden_vak.addWidget(self.status_reden)

        self.status_reden_fout = QLabel(BesluitDialog)
        self.status_reden_fout.setObjectName(u"status_reden_fout")
        self.status_reden_fout.setText(u"")
        self.status_reden_fout.setWordWrap(True)
        self.status_reden_fout.setVisible(False)
        self.status_reden_fout.setStyleSheet(u"color: #b00020;")

        self.status_reden_vak.addWidget(self.status_reden_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.status_reden_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(BesluitDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.tekst_label.setBuddy(self.tekst)
        self.besloten_door_label.setBuddy(self.besloten_door)
        self.reden_label.setBuddy(self.reden)
        self.bedrag_cents_label.setBuddy(self.bedrag_cents)
        self.status_reden_label.setBuddy(self.status_reden)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tekst, self.besloten_door)
        QWidget.setTabOrder(self.besloten_door, self.reden)
        QWidget.setTabOrder(self.reden, self.bedrag_cents)
        QWidget.setTabOrder(self.bedrag_cents, self.status_reden)

        self.retranslateUi(BesluitDialog)

        QMetaObject.connectSlotsByName(BesluitDialog)
    # setupUi

    def retranslateUi(self, BesluitDialog):
        BesluitDialog.setWindowTitle(QCoreApplication.translate("BesluitDialog", u"Besluit", None))
        self.tekst_label.setText(QCoreApplication.translate("BesluitDialog", u"Besluit", None))
        self.besloten_door_label.setText(QCoreApplication.translate("BesluitDialog", u"Besloten door", None))
        self.besloten_door.setPlaceholderText(QCoreApplication.translate("BesluitDialog", u"bijvoorbeeld: de bewonersavond", None))
        self.reden_label.setText(QCoreApplication.translate("BesluitDialog", u"Reden", None))
        self.bedrag_cents_label.setText(QCoreApplication.translate("BesluitDialog", u"Bedrag (als het over geld gaat)", None))
        self.bedrag_cents.setPlaceholderText(QCoreApplication.translate("BesluitDialog", u"bijvoorbeeld 1.250,00", None))
        self.status_reden_label.setText(QCoreApplication.translate("BesluitDialog", u"Waarom vervangen", None))
    # retranslateUi

