# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wijk_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WijkDialog(object):
    def setupUi(self, WijkDialog):
        if not WijkDialog.objectName():
            WijkDialog.setObjectName(u"WijkDialog")
        WijkDialog.resize(460, 320)
        self.hoofd = QVBoxLayout(WijkDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.formulier_1 = QFormLayout()
        self.formulier_1.setObjectName(u"formulier_1")
        self.formulier_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.naam_label = QLabel(WijkDialog)
        self.naam_label.setObjectName(u"naam_label")

        self.formulier_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.naam_label)

        self.naam_vak = QVBoxLayout()
        self.naam_vak.setSpacing(2)
        self.naam_vak.setObjectName(u"naam_vak")
        self.naam = QLineEdit(WijkDialog)
        self.naam.setObjectName(u"naam")

        self.naam_vak.addWidget(self.naam)

        self.naam_fout = QLabel(WijkDialog)
        self.naam_fout.setObjectName(u"naam_fout")
        self.naam_fout.setText(u"")
        self.naam_fout.setWordWrap(True)
        self.naam_fout.setVisible(False)
        self.naam_fout.setStyleSheet(u"color: #b00020;")

        self.naam_vak.addWidget(self.naam_fout)


        self.formulier_1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.naam_vak)

        self.wijkmanager_label = QLabel(WijkDialog)
        self.wijkmanager_label.setObjectName(u"wijkmanager_label")

        self.formulier_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wijkmanager_label)

        self.wijkmanager_vak = QVBoxLayout()
        self.wijkmanager_vak.setSpacing(2)
        self.wijkmanager_vak.setObjectName(u"wijkmanager_vak")
        self.wijkmanager = QLineEdit(WijkDialog)
        self.wijkmanager.setObjectName(u"wijkmanager")

        self.wijkmanager_vak.addWidget(self.wijkmanager)

        self.wijkmanager_fout = QLabel(WijkDialog)
        self.wijkmanager_fout.setObjectName(u"wijkmanager_fout")
        self.wijkmanager_fout.setText(u"")
        self.wijkmanager_fout.setWordWrap(True)
        self.wijkmanager_fout.setVisible(False)
        self.wijkmanager_fout.setStyleSheet(u"color: #b00020;")

        self.wijkmanager_vak.addWidget(self.wijkmanager_fout)


        self.formulier_1.setLayout(1, QFormLayout.ItemRole.FieldRole, self.wijkmanager_vak)

        self.wijkopbouwwerker_label = QLabel(WijkDialog)
        self.wijkopbouwwerker_label.setObjectName(u"wijkopbouwwerker_label")

        self.formulier_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wijkopbouwwerker_label)

        self.wijkopbouwwerker_vak = QVBoxLayout()
        self.wijkopbouwwerker_vak.setSpacing(2)
        self.wijkopbouwwerker_vak.setObjectName(u"wijkopbouwwerker_vak")
        self.wijkopbouwwerker = QLineEdit(WijkDialog)
        self.wijkopbouwwerker.setObjectName(u"wijkopbouwwerker")

        self.wijkopbouwwerker_vak.addWidget(self.wijkopbouwwerker)

        self.wijkopbouwwerker_fout = QLabel(WijkDialog)
        self.wijkopbouwwerker_fout.setObjectName(u"wijkopbouwwerker_fout")
        self.wijkopbouwwerker_fout.setText(u"")
        self.wijkopbouwwerker_fout.setWordWrap(True)
        self.wijkopbouwwerker_fout.setVisible(False)
        self.wijkopbouwwerker_fout.setStyleSheet(u"color: #b00020;")

        self.wijkopbouwwerker_vak.addWidget(self.wijkopbouwwerker_fout)


        self.formulier_1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.wijkopbouwwerker_vak)

        self.welzijnsorganisatie_label = QLabel(WijkDialog)
        self.welzijnsorganisatie_label.setObjectName(u"welzijnsorganisatie_label")

        self.formulier_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.welzijnsorganisatie_label)

        self.welzijnsorganisatie_vak = QVBoxLayout()
        self.welzijnsorganisatie_vak.setSpacing(2)
        self.welzijnsorganisatie_vak.setObjectName(u"welzijnsorganisatie_vak")
        self.welzijnsorganisatie = QLineEdit(WijkDialog)
        self.welzijnsorganisatie.setObjectName(u"welzijnsorganisatie")

        self.welzijnsorganisatie_vak.addWidget(self.welzijnsorganisatie)

        self.welzijnsorganisatie_fout = QLabel(WijkDialog)
        self.welzijnsorganisatie_fout.setObjectName(u"welzijnsorganisatie_fout")
        self.welzijnsorganisatie_fout.setText(u"")
        self.welzijnsorganisatie_fout.setWordWrap(True)
        self.welzijnsorganisatie_fout.setVisible(False)
        self.welzijnsorganisatie_fout.setStyleSheet(u"color: #b00020;")

        self.welzijnsorganisatie_vak.addWidget(self.welzijnsorganisatie_fout)


        self.formulier_1.setLayout(3, QFormLayout.ItemRole.FieldRole, self.welzijnsorganisatie_vak)

        self.wijkwethouder_label = QLabel(WijkDialog)
        self.wijkwethouder_label.setObjectName(u"wijkwethouder_label")

        self.formulier_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wijkwethouder_label)

        self.wijkwethouder_vak = QVBoxLayout()
        self.wijkwethouder_vak.setSpacing(2)
        self.wijkwethouder_vak.setObjectName(u"wijkwethouder_vak")
        self.wijkwethouder = QLineEdit(WijkDialog)
        self.wijkwethouder.setObjectName(u"wijkwethouder")

        self.wijkwethouder_vak.addWidget(self.wijkwethouder)

        self.wijkwethouder_fout = QLabel(WijkDialog)
        self.wijkwethouder_fout.setObjectName(u"wijkwethouder_fout")
        self.wijkwethouder_fout.setText(u"")
        self.wijkwethouder_fout.setWordWrap(True)
        self.wijkwethouder_fout.setVisible(False)
        self.wijkwethouder_fout.setStyleSheet(u"color: #b00020;")

        self.wijkwethouder_vak.addWidget(self.wijkwethouder_fout)


        self.formulier_1.setLayout(4, QFormLayout.ItemRole.FieldRole, self.wijkwethouder_vak)

        self.kostenplaats_label = QLabel(WijkDialog)
        self.kostenplaats_label.setObjectName(u"kostenplaats_label")

        self.formulier_1.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kostenplaats_label)

        self.kostenplaats_vak = QVBoxLayout()
        self.kostenplaats_vak.setSpacing(2)
        self.kostenplaats_vak.setObjectName(u"kostenplaats_vak")
        self.kostenplaats = QLineEdit(WijkDialog)
        self.kostenplaats.setObjectName(u"kostenplaats")

        self.kostenplaats_vak.addWidget(self.kostenplaats)

        self.kostenplaats_fout = QLabel(WijkDialog)
        self.kostenplaats_fout.setObjectName(u"kostenplaats_fout")
        self.kostenplaats_fout.setText(u"")
        self.kostenplaats_fout.setWordWrap(True)
        self.kostenplaats_fout.setVisible(False)
        self.kostenplaats_fout.setStyleSheet(u"color: #b00020;")

        self.kostenplaats_vak.addWidget(self.kostenplaats_fout)


        self.formulier_1.setLayout(5, QFormLayout.ItemRole.FieldRole, self.kostenplaats_vak)


        self.hoofd.addLayout(self.formulier_1)

        self.vulling_1 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hoofd.addItem(self.vulling_1)

        self.knoppen = QDialogButtonBox(WijkDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.hoofd.addWidget(self.knoppen)

#if QT_CONFIG(shortcut)
        self.naam_label.setBuddy(self.naam)
        self.wijkmanager_label.setBuddy(self.wijkmanager)
        self.wijkopbouwwerker_label.setBuddy(self.wijkopbouwwerker)
        self.welzijnsorganisatie_label.setBuddy(self.welzijnsorganisatie)
        self.wijkwethouder_label.setBuddy(self.wijkwethouder)
        self.kostenplaats_label.setBuddy(self.kostenplaats)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WijkDialog)

        QMetaObject.connectSlotsByName(WijkDialog)
    # setupUi

    def retranslateUi(self, WijkDialog):
        WijkDialog.setWindowTitle(QCoreApplication.translate("WijkDialog", u"Wijk", None))
        self.naam_label.setText(QCoreApplication.translate("WijkDialog", u"Naam van de wijk", None))
        self.wijkmanager_label.setText(QCoreApplication.translate("WijkDialog", u"Wijkmanager", None))
        self.wijkopbouwwerker_label.setText(QCoreApplication.translate("WijkDialog", u"Wijkopbouwwerker", None))
        self.welzijnsorganisatie_label.setText(QCoreApplication.translate("WijkDialog", u"Welzijnsorganisatie", None))
        self.wijkwethouder_label.setText(QCoreApplication.translate("WijkDialog", u"Wijkwethouder", None))
        self.kostenplaats_label.setText(QCoreApplication.translate("WijkDialog", u"Kostenplaats", None))
    # retranslateUi

