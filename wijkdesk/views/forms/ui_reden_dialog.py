# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reden_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RedenDialog(object):
    def setupUi(self, RedenDialog):
        if not RedenDialog.objectName():
            RedenDialog.setObjectName(u"RedenDialog")
        RedenDialog.resize(460, 300)
        self.hoofd = QVBoxLayout(RedenDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.melding = QLabel(RedenDialog)
        self.melding.setObjectName(u"melding")
        self.melding.setText(u"")
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet(u"background: #fff4ce; color: #4a3b00; border: 1px solid #e0c35a; padding: 6px; border-radius: 3px;")

        self.hoofd.addWidget(self.melding)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.reden_label = QLabel(RedenDialog)
        self.reden_label.setObjectName(u"reden_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reden_label)

        self.reden_vak = QVBoxLayout()
        self.reden_vak.setSpacing(2)
        self.reden_vak.setObjectName(u"reden_vak")
        self.reden = QPlainTextEdit(RedenDialog)
        self.reden.setObjectName(u"reden")
        self.reden.setTabChangesFocus(True)
        self.reden.setMaximumSize(QSize(16777215, 100))

        self.reden_vak.addWidget(self.reden)

        self.reden_fout = QLabel(RedenDialog)
        self.reden_fout.setObjectName(u"reden_fout")
        self.reden_fout.setText(u"")
        self.reden_fout.setWordWrap(True)
        self.reden_fout.setVisible(False)
        self.reden_fout.setStyleSheet(u"color: #b00020;")

        self.reden_vak.addWidget(self.reden_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reden_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.uitleg = QLabel(RedenDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)
        self.uitleg.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.uitleg)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(RedenDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.reden_label.setBuddy(self.reden)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RedenDialog)

        QMetaObject.connectSlotsByName(RedenDialog)
    # setupUi

    def retranslateUi(self, RedenDialog):
        RedenDialog.setWindowTitle(QCoreApplication.translate("RedenDialog", u"Reden nodig", None))
        self.reden_label.setText(QCoreApplication.translate("RedenDialog", u"Reden", None))
        self.uitleg.setText(QCoreApplication.translate("RedenDialog", u"De reden wordt vastgelegd in het logboek, met uw naam en de tijd.", None))
    # retranslateUi

