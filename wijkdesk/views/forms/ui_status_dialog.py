# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(440, 300)
        self.hoofd = QVBoxLayout(StatusDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.huidig = QLabel(StatusDialog)
        self.huidig.setObjectName(u"huidig")
        self.huidig.setText(u"")
        self.huidig.setWordWrap(True)

        self.hoofd.addWidget(self.huidig)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.status_label = QLabel(StatusDialog)
        self.status_label.setObjectName(u"status_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_vak = QVBoxLayout()
        self.status_vak.setSpacing(2)
        self.status_vak.setObjectName(u"status_vak")
        self.status = QComboBox(StatusDialog)
        self.status.setObjectName(u"status")

        self.status_vak.addWidget(self.status)

        self.status_fout = QLabel(StatusDialog)
        self.status_fout.setObjectName(u"status_fout")
        self.status_fout.setText(u"")
        self.status_fout.setWordWrap(True)
        self.status_fout.setVisible(False)
        self.status_fout.setStyleSheet(u"color: #b00020;")

        self.status_vak.addWidget(self.status_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_vak)

        self.reden_label = QLabel(StatusDialog)
        self.reden_label.setObjectName(u"reden_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reden_label)

        self.reden_vak = QVBoxLayout()
        self.reden_vak.setSpacing(2)
        self.reden_vak.setObjectName(u"reden_vak")
        self.reden = QPlainTextEdit(StatusDialog)
        self.reden.setObjectName(u"reden")
        self.reden.setTabChangesFocus(True)
        self.reden.setMaximumSize(QSize(16777215, 100))

        self.reden_vak.addWidget(self.reden)

        self.reden_fout = QLabel(StatusDialog)
        self.reden_fout.setObjectName(u"reden_fout")
        self.reden_fout.setText(u"")
        self.reden_fout.setWordWrap(True)
        self.reden_fout.setVisible(False)
        self.reden_fout.setStyleSheet(u"color: #b00020;")

        self.reden_vak.addWidget(self.reden_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reden_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.uitleg = QLabel(StatusDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)
        self.uitleg.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.uitleg)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(StatusDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status)
        self.reden_label.setBuddy(self.reden)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Status wijzigen", None))
        self.status_label.setText(QCoreApplication.translate("StatusDialog", u"Nieuwe status", None))
        self.reden_label.setText(QCoreApplication.translate("StatusDialog", u"Reden", None))
    # retranslateUi

