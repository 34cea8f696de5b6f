# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lid_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LidDialog(object):
    def setupUi(self, LidDialog):
        if not LidDialog.objectName():
            LidDialog.setObjectName(u"LidDialog")
        LidDialog.resize(460, 380)
        self.hoofd = QVBoxLayout(LidDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.persoon_label = QLabel(LidDialog)
        self.persoon_label.setObjectName(u"persoon_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.persoon_label)

        self.persoon_vak = QVBoxLayout()
        self.persoon_vak.setSpacing(2)
        self.persoon_vak.setObjectName(u"persoon_vak")
        self.persoon = QComboBox(LidDialog)
        self.persoon.setObjectName(u"persoon")

        self.persoon_vak.addWidget(self.persoon)

        self.persoon_fout = QLabel(LidDialog)
        self.persoon_fout.setObjectName(u"persoon_fout")
        self.persoon_fout.setText(u"")
        self.persoon_fout.setWordWrap(True)
        self.persoon_fout.setVisible(False)
        self.persoon_fout.setStyleSheet(u"color: #b00020;")

        self.persoon_vak.addWidget(self.persoon_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.persoon_vak)

        self.naam_label = QLabel(LidDialog)
        self.naam_label.setObjectName(u"naam_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.naam_label)

        self.naam_vak = QVBoxLayout()
        self.naam_vak.setSpacing(2)
        self.naam_vak.setObjectName(u"naam_vak")
        self.naam = QLineEdit(LidDialog)
        self.naam.setObjectName(u"naam")

        self.naam_vak.addWidget(self.naam)

        self.naam_fout = QLabel(LidDialog)
        self.naam_fout.setObjectName(u"naam_fout")
        self.naam_fout.setText(u"")
        self.naam_fout.setWordWrap(True)
        self.naam_fout.setVisible(False)
        self.naam_fout.setStyleSheet(u"color: #b00020;")

        self.naam_vak.addWidget(self.naam_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.naam_vak)

        self.email_label = QLabel(LidDialog)
        self.email_label.setObjectName(u"email_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_vak = QVBoxLayout()
        self.email_vak.setSpacing(2)
        self.email_vak.setObjectName(u"email_vak")
        self.email = QLineEdit(LidDialog)
        self.email.setObjectName(u"email")

        self.email_vak.addWidget(self.email)

        self.email_fout = QLabel(LidDialog)
        self.email_fout.setObjectName(u"email_fout")
        self.email_fout.setText(u"")
        self.email_fout.setWordWrap(True)
        self.email_fout.setVisible(False)
        self.email_fout.setStyleSheet(u"color: #b00020;")

        self.email_vak.addWidget(self.email_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.email_vak)

        self.telefoon_label = QLabel(LidDialog)
        self.telefoon_label.setObjectName(u"telefoon_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.telefoon_label)

        self.telefoon_vak = QVBoxLayout()
        self.telefoon_vak.setSpacing(2)
        self.telefoon_vak.setObjectName(u"telefoon_vak")
        self.telefoon = QLineEdit(LidDialog)
        self.telefoon.setObjectName(u"telefoon")

        self.telefoon_vak.addWidget(self.telefoon)

        self.telefoon_fout = QLabel(LidDialog)
        self.telefoon_fout.setObjectName(u"telefoon_fout")
        self.telefoon_fout.setText(u"")
        self.telefoon_fout.setWordWrap(True)
        self.telefoon_fout.setVisible(False)
        self.telefoon_fout.setStyleSheet(u"color: #b00020;")

        self.telefoon_vak.addWidget(self.telefoon_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.telefoon_vak)

        self.toestemming_op_label = QLabel(LidDialog)
        self.toestemming_op_label.setObjectName(u"toestemming_op_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toestemming_op_label)

        self.toestemming_op_vak = QVBoxLayout()
        self.toestemming_op_vak.setSpacing(2)
        self.toestemming_op_vak.setObjectName(u"toestemming_op_vak")
        self.toestemming_op = QLineEdit(LidDialog)
        self.toestemming_op.setObjectName(u"toestemming_op")

        self.toestemming_op_vak.addWidget(self.toestemming_op)

        self.toestemming_op_fout = QLabel(LidDialog)
        self.toestemming_op_fout.setObjectName(u"toestemming_op_fout")
        self.toestemming_op_fout.setText(u"")
        self.toestemming_op_fout.setWordWrap(True)
        self.toestemming_op_fout.setVisible(False)
        self.toestemming_op_fout.setStyleSheet(u"color: #b00020;")

        self.toestemming_op_vak.addWidget(self.toestemming_op_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.toestemming_op_vak)

        self.rol_label = QLabel(LidDialog)
        self.rol_label.setObjectName(u"rol_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rol_label)

        self.rol_vak = QVBoxLayout()
        self.rol_vak.setSpacing(2)
        self.rol_vak.setObjectName(u"rol_vak")
        self.rol = QComboBox(LidDialog)
        self.rol.setObjectName(u"rol")

        self.rol_vak.addWidget(self.rol)

        self.rol_fout = QLabel(LidDialog)
        self.rol_fout.setObjectName(u"rol_fout")
        self.rol_fout.setText(u"")
        self.rol_fout.setWordWrap(True)
        self.rol_fout.setVisible(False)
        self.rol_fout.setStyleSheet(u"color: #b00020;")

        self.rol_vak.addWidget(self.rol_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.rol_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.privacy = QLabel(LidDialog)
        self.privacy.setObjectName(u"privacy")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet(u"color: #555;")

        self.hoofd.addWidget(self.privacy)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(LidDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.persoon_label.setBuddy(self.persoon)
        self.naam_label.setBuddy(self.naam)
        self.email_label.setBuddy(self.email)
        self.telefoon_label.setBuddy(self.telefoon)
        self.toestemming_op_label.setBuddy(self.toestemming_op)
        self.rol_label.setBuddy(self.rol)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LidDialog)

        QMetaObject.connectSlotsByName(LidDialog)
    # setupUi

    def retranslateUi(self, LidDialog):
        LidDialog.setWindowTitle(QCoreApplication.translate("LidDialog", u"Lid toevoegen", None))
        self.persoon_label.setText(QCoreApplication.translate("LidDialog", u"Persoon", None))
        self.naam_label.setText(QCoreApplication.translate("LidDialog", u"Naam", None))
        self.email_label.setText(QCoreApplication.translate("LidDialog", u"E-mail", None))
        self.telefoon_label.setText(QCoreApplication.translate("LidDialog", u"Telefoon", None))
        self.toestemming_op_label.setText(QCoreApplication.translate("LidDialog", u"Toestemming gegeven op", None))
        self.toestemming_op.setPlaceholderText(QCoreApplication.translate("LidDialog", u"dd-mm-jjjj", None))
        self.rol_label.setText(QCoreApplication.translate("LidDialog", u"Rol", None))
        self.privacy.setText(QCoreApplication.translate("LidDialog", u"Bewaar alleen wat nodig is. Noteer de datum waarop de persoon toestemming gaf om de gegevens te bewaren.", None))
    # retranslateUi

