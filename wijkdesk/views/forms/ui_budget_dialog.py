# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BudgetDialog(object):
    def setupUi(self, BudgetDialog):
        if not BudgetDialog.objectName():
            BudgetDialog.setObjectName(u"BudgetDialog")
        BudgetDialog.resize(420, 260)
        self.hoofd = QVBoxLayout(BudgetDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(BudgetDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setText(u"")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bedrag_cents_label = QLabel(BudgetDialog)
        self.bedrag_cents_label.setObjectName(u"bedrag_cents_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bedrag_cents_label)

        self.bedrag_cents_vak = QVBoxLayout()
        self.bedrag_cents_vak.setSpacing(2)
        self.bedrag_cents_vak.setObjectName(u"bedrag_cents_vak")
        self.bedrag_cents = QLineEdit(BudgetDialog)
        self.bedrag_cents.setObjectName(u"bedrag_cents")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents)

        self.bedrag_cents_fout = QLabel(BudgetDialog)
        self.bedrag_cents_fout.setObjectName(u"bedrag_cents_fout")
        self.bedrag_cents_fout.setText(u"")
        self.bedrag_cents_fout.setWordWrap(True)
        self.bedrag_cents_fout.setVisible(False)
        self.bedrag_cents_fout.setStyleSheet(u"color: #b00020;")

        self.bedrag_cents_vak.addWidget(self.bedrag_cents_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bedrag_cents_vak)

        self.notities_label = QLabel(BudgetDialog)
        self.notities_label.setObjectName(u"notities_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notities_label)

        self.notities_vak = QVBoxLayout()
        self.notities_vak.setSpacing(2)
        self.notities_vak.setObjectName(u"notities_vak")
        self.notities = QPlainTextEdit(BudgetDialog)
        self.notities.setObjectName(u"notities")
        self.notities.setTabChangesFocus(True)
        self.notities.setMaximumSize(QSize(16777215, 80))

        self.notities_vak.addWidget(self.notities)

        self.notities_fout = QLabel(BudgetDialog)
        self.notities_fout.setObjectName(u"notities_fout")
        self.notities_fout.setText(u"")
        self.notities_fout.setWordWrap(True)
        self.notities_fout.setVisible(False)
        self.notities_fout.setStyleSheet(u"color: #b00020;")

        self.notities_vak.addWidget(self.notities_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.notities_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(BudgetDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.bedrag_cents_label.setBuddy(self.bedrag_cents)
        self.notities_label.setBuddy(self.notities)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetDialog)

        QMetaObject.connectSlotsByName(BudgetDialog)
    # setupUi

    def retranslateUi(self, BudgetDialog):
        BudgetDialog.setWindowTitle(QCoreApplication.translate("BudgetDialog", u"Meedoenbudget", None))
        self.bedrag_cents_label.setText(QCoreApplication.translate("BudgetDialog", u"Bedrag", None))
        self.bedrag_cents.setPlaceholderText(QCoreApplication.translate("BudgetDialog", u"bijv. 1.250,00", None))
        self.notities_label.setText(QCoreApplication.translate("BudgetDialog", u"Notities", None))
    # retranslateUi

