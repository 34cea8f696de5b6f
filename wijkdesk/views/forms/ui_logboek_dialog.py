# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logboek_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_LogboekDialog(object):
    def setupUi(self, LogboekDialog):
        if not LogboekDialog.objectName():
            LogboekDialog.setObjectName(u"LogboekDialog")
        LogboekDialog.resize(900, 560)
        self.hoofd = QVBoxLayout(LogboekDialog)
        self.hoofd.setObjectName(u"hoofd")
        self.uitleg = QLabel(LogboekDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.hoofd.addWidget(self.uitleg)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.soort = QComboBox(LogboekDialog)
        self.soort.setObjectName(u"soort")

        self.filters.addWidget(self.soort)

        self.zoek = QLineEdit(LogboekDialog)
        self.zoek.setObjectName(u"zoek")
        self.zoek.setClearButtonEnabled(True)

        self.filters.addWidget(self.zoek)

        self.vanaf_label = QLabel(LogboekDialog)
        self.vanaf_label.setObjectName(u"vanaf_label")

        self.filters.addWidget(self.vanaf_label)

        self.vanaf = QLineEdit(LogboekDialog)
        self.vanaf.setObjectName(u"vanaf")
        self.vanaf.setMaximumWidth(110)

        self.filters.addWidget(self.vanaf)

        self.tot_label = QLabel(LogboekDialog)
        self.tot_label.setObjectName(u"tot_label")

        self.filters.addWidget(self.tot_label)

        self.tot = QLineEdit(LogboekDialog)
        self.tot.setObjectName(u"tot")
        self.tot.setMaximumWidth(110)

        self.filters.addWidget(self.tot)


        self.hoofd.addLayout(self.filters)

        self.melding = QLabel(LogboekDialog)
        self.melding.setObjectName(u"melding")
        self.melding.setText(u"")

        self.hoofd.addWidget(self.melding)

        self.tabel = QTableView(LogboekDialog)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setWordWrap(False)

        self.hoofd.addWidget(self.tabel)

        self.knoppen = QDialogButtonBox(LogboekDialog)
        self.knoppen.setObjectName(u"knoppen")
        self.knoppen.setOrientation(Qt.Orientation.Horizontal)
        self.knoppen.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.hoofd.addWidget(self.knoppen)


        self.retranslateUi(LogboekDialog)

        QMetaObject.connectSlotsByName(LogboekDialog)
    # setupUi

    def retranslateUi(self, LogboekDialog):
        LogboekDialog.setWindowTitle(QCoreApplication.translate("LogboekDialog", u"Logboek van wijzigingen", None))
        self.uitleg.setText(QCoreApplication.translate("LogboekDialog", u"Wie wat wanneer wijzigde, en waarom. Personen staan er zonder naam in, zoals in het logboek zelf.", None))
#if QT_CONFIG(tooltip)
        self.soort.setToolTip(QCoreApplication.translate("LogboekDialog", u"Alleen wijzigingen van deze soort", None))
#endif // QT_CONFIG(tooltip)
        self.zoek.setPlaceholderText(QCoreApplication.translate("LogboekDialog", u"Zoeken in gebruiker, actie, wijziging en reden\u2026", None))
        self.vanaf_label.setText(QCoreApplication.translate("LogboekDialog", u"van", None))
        self.vanaf.setPlaceholderText(QCoreApplication.translate("LogboekDialog", u"dd-mm-jjjj", None))
        self.tot_label.setText(QCoreApplication.translate("LogboekDialog", u"tot en met", None))
        self.tot.setPlaceholderText(QCoreApplication.translate("LogboekDialog", u"dd-mm-jjjj", None))
    # retranslateUi

