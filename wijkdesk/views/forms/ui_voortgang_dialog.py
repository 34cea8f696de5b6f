# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voortgang_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_VoortgangDialog(object):
    def setupUi(self, VoortgangDialog):
        if not VoortgangDialog.objectName():
            VoortgangDialog.setObjectName(u"VoortgangDialog")
        VoortgangDialog.resize(440, 300)
        self.hoofd = QVBoxLayout(VoortgangDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.datum_label = QLabel(VoortgangDialog)
        self.datum_label.setObjectName(u"datum_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.datum_label)

        self.datum_vak = QVBoxLayout()
        self.datum_vak.setSpacing(2)
        self.datum_vak.setObjectName(u"datum_vak")
        self.datum = QLineEdit(VoortgangDialog)
        self.datum.setObjectName(u"datum")

        self.datum_vak.addWidget(self.datum)

        self.datum_fout = QLabel(VoortgangDialog)
        self.datum_fout.setObjectName(u"datum_fout")
        self.datum_fout.setText(u"")
        self.datum_fout.setWordWrap(True)
        self.datum_fout.setVisible(False)
        self.datum_fout.setStyleSheet(u"color: #b00020;")

        self.datum_vak.addWidget(self.datum_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.datum_vak)

        self.percentage_label = QLabel(VoortgangDialog)
        self.percentage_label.setObjectName(u"percentage_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.percentage_label)

        self.percentage_vak = QVBoxLayout()
        self.percentage_vak.setSpacing(2)
        self.percentage_vak.setObjectName(u"percentage_vak")
        self.percentage = QSpinBox(VoortgangDialog)
        self.percentage.setObjectName(u"percentage")
        self.percentage.setMaximum(999)
        self.percentage.setSuffix(u" %")

        self.percentage_vak.addWidget(self.percentage)

        self.percentage_fout = QLabel(VoortgangDialog)
        self.percentage_fout.setObjectName(u"percentage_fout")
        self.percentage_fout.setText(u"")
        self.percentage_fout.setWordWrap(True)
        self.percentage_fout.setVisible(False)
        self.percentage_fout.setStyleSheet(u"color: #b00020;")

        self.percentage_vak.addWidget(self.percentage_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.percentage_vak)

        self.toelichting_label = QLabel(VoortgangDialog)
        self.toelichting_label.setObjectName(u"toelichting_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toelichting_label)

        self.toelichting_vak = QVBoxLayout()
        self.toelichting_vak.setSpacing(2)
        self.toelichting_vak.setObjectName(u"toelichting_vak")
        self.toelichting = QPlainTextEdit(VoortgangDialog)
        self.toelichting.setObjectName(u"toelichting")
        self.toelichting.setTabChangesFocus(True)
        self.toelichting.setMaximumSize(QSize(16777215, 100))

        self.toelichting_vak.addWidget(self.toelichting)

        self.toelichting_fout = QLabel(VoortgangDialog)
        self.toelichting_fout.setObjectName(u"toelichting_fout")
        self.toelichting_fout.setText(u"")
        self.toelichting_fout.setWordWrap(True)
        self.toelichting_fout.setVisible(False)
        self.toelichting_fout.setStyleSheet(u"color: #b00020;")

        self.toelichting_vak.addWidget(self.toelichting_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.toelichting_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(VoortgangDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.datum_label.setBuddy(self.datum)
        self.percentage_label.setBuddy(self.percentage)
        self.toelichting_label.setBuddy(self.toelichting)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoortgangDialog)

        QMetaObject.connectSlotsByName(VoortgangDialog)
    # setupUi

    def retranslateUi(self, VoortgangDialog):
        VoortgangDialog.setWindowTitle(QCoreApplication.translate("VoortgangDialog", u"Voortgang toevoegen", None))
        self.datum_label.setText(QCoreApplication.translate("VoortgangDialog", u"Datum", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("VoortgangDialog", u"dd-mm-jjjj", None))
        self.percentage_label.setText(QCoreApplication.translate("VoortgangDialog", u"Voortgang", None))
        self.toelichting_label.setText(QCoreApplication.translate("VoortgangDialog", u"Toelichting", None))
    # retranslateUi

