; WijkDesk installer, Inno Setup 6. Saved as UTF-8 with a byte-order mark: without it Inno Setup
; reads the file in the ANSI code page and the Dutch messages lose their letters.
;
; Build (after `pyinstaller build.spec` made dist\wijkdesk\), from the repository root:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\wijkdesk.iss
; The release workflow (.github/workflows/release.yml) passes both from wijkdesk.__version__
; (`python packaging/versioninfo.py --github-output`), so the package has one version number.
; Output: dist\installer\WijkDesk-<version>-setup.exe.
;
; What it does and why:
; - installs for the current user only, without administrator rights: municipal laptops are managed
;   and most wijkkoppels cannot elevate;
; - adds a Start-menu entry and, if asked, a desktop shortcut;
; - registers nothing but its own uninstall entry (no file associations, no PATH, no services);
; - on uninstall keeps the database, its backups and the log, and says where they are.

#ifndef AppVersion
  #error Geef de versie mee: iscc /DAppVersion=x.y.z /DAppVersionNumeric=x.y.z.0 (uit wijkdesk.__version__)
#endif
#ifndef AppVersionNumeric
  #error Geef ook de numerieke versie mee: /DAppVersionNumeric=x.y.z.0 (Windows wil vier getallen)
#endif
; Where build.spec put the one-folder build, and where the installer goes; relative to this script.
#ifndef SourceDir
  #define SourceDir "..\dist\wijkdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
; The data folder is QStandardPaths::AppLocalDataLocation with organisation and application both
; "WijkDesk" (wijkdesk/__init__.py ORG_NAME, APP_NAME; wijkdesk/paths.py data_dir()), which Qt puts
; in %LOCALAPPDATA%\<organisation>\<application>.
#define DataDir "{localappdata}\WijkDesk\WijkDesk"

[Setup]
; A fixed id, never to change: it is how a newer installer finds and replaces this installation
; (and the key of the one uninstall entry in the registry).
AppId={{CCA341C5-FD0A-4270-AF58-9E43B2E6728C}
; The name shown in the wizard, the Start menu and "Apps and features".
AppName=WijkDesk
; The package's one version number, passed in by the workflow (see the top of this file).
AppVersion={#AppVersion}
; "WijkDesk 0.1.0" in "Apps and features", so the user can see which version is installed.
AppVerName=WijkDesk {#AppVersion}
; Shown as the publisher in "Apps and features".
AppPublisher=WijkDesk
; The setup program's own file version (Windows wants four numbers, hence the numeric form).
VersionInfoVersion={#AppVersionNumeric}
; The product version in the setup program's properties: the same readable number as the app.
VersionInfoProductVersion={#AppVersion}
; Per-user install without administrator rights: most wijkkoppels cannot elevate on a municipal laptop.
PrivilegesRequired=lowest
; Never offer the "install for all users" switch: an admin install would put the program in
; Program Files while the data stays per user, and the uninstaller would need admin rights too.
PrivilegesRequiredOverridesAllowed=
; The per-user program folder, %LOCALAPPDATA%\Programs\WijkDesk ({userpf}), which Windows itself
; uses for per-user programs and which the user can write without administrator rights.
DefaultDirName={userpf}\WijkDesk
; The folder is not a choice worth asking about; a user who cares can still pass /DIR=.
DisableDirPage=yes
; One Start-menu entry, no Start-menu folder (Windows 10/11 style), so no page to choose one.
DisableProgramGroupPage=yes
; The name of the Start-menu folder if one were made (only used by the uninstaller's bookkeeping).
DefaultGroupName=WijkDesk
; A welcome page adds a click without telling anything: skip it.
DisableWelcomePage=yes
; The PySide6 wheels and the PyInstaller build are 64-bit only.
ArchitecturesAllowed=x64compatible
; Install as a 64-bit program ({userpf} is the same folder either way; this avoids registry redirection).
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and newer; refuse older Windows with a clear message instead of a crash.
MinVersion=10.0
; Name of the setup program, with the version so downloads do not overwrite each other.
OutputBaseFilename=WijkDesk-{#AppVersion}-setup
; Where iscc writes the setup program (relative to this script).
OutputDir={#OutputDir}
; The app icon on the setup program too, so the user recognises it.
SetupIconFile=..\resources\icons\wijkdesk.ico
; The icon and name shown in "Apps and features".
UninstallDisplayIcon={app}\wijkdesk.exe
; Without this "Apps and features" would show "WijkDesk version 0.1.0".
UninstallDisplayName=WijkDesk
; Strong compression: the installer travels by e-mail and USB stick; solid compresses the many DLLs together.
Compression=lzma2/max
; See Compression: all files in one stream compress much better than each on its own.
SolidCompression=yes
; The current Inno Setup wizard look, resizable, readable on high-DPI laptop screens.
WizardStyle=modern
; Close a running WijkDesk (Restart Manager) before its files are replaced, so an upgrade never
; leaves a mix of old and new libraries.
CloseApplications=yes
; Do not restart it afterwards: the user starts it from the last page if wanted.
RestartApplications=no
; WijkDesk associates no file types: nothing to tell Explorer.
ChangesAssociations=no
; WijkDesk changes no environment variables (no PATH entry).
ChangesEnvironment=no
; Choose Dutch or English by the Windows language without asking: one question less.
ShowLanguageDialog=no
; The uninstall entry in "Apps and features" is the one registry key we need (under HKCU, per user).
CreateUninstallRegKey=yes
; Upgrades install into the folder of the previous installation (if the user moved it with /DIR=).
UsePreviousAppDir=yes

[Languages]
; Dutch first: the interface is Dutch.
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
; English for a user whose Windows is in English.
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; Shown after uninstalling, because the data stays behind on purpose (see [Code]); Dutch ...
dutch.DataKept=WijkDesk is verwijderd. Uw gegevens zijn NIET verwijderd: de database, de reservekopieën en het logboek staan nog in:%n%n%1%n%nInstalleert u WijkDesk later opnieuw, dan vindt het ze daar terug. Wilt u ze echt kwijt, verwijder die map dan zelf (maak eerst een kopie als u twijfelt).
; ... and English, with %1 the data folder.
english.DataKept=WijkDesk has been removed. Your data has NOT been removed: the database, its backups and the log are still in:%n%n%1%n%nIf you install WijkDesk again, it finds them there. To get rid of them, delete that folder yourself (copy it first if in doubt).

[Tasks]
; The desktop shortcut is optional and off by default: municipal desktops are often managed.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous build's libraries: PyInstaller's file names change between
; versions, and a stale DLL beside the new ones can be loaded by mistake. Only the program folder;
; the data lives elsewhere ({#DataDir}).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder build made by build.spec; ignoreversion because PyInstaller's DLLs carry no
; reliable version numbers and every file must match the program.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry ({autoprograms} is the user's own Start menu in a per-user install).
Name: "{autoprograms}\WijkDesk"; Filename: "{app}\wijkdesk.exe"; WorkingDir: "{app}"; Comment: "Het Meedoenbudget van de wijk"
; The optional desktop shortcut (task "desktopicon").
Name: "{autodesktop}\WijkDesk"; Filename: "{app}\wijkdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Offer to start WijkDesk on the last page (not during a silent install by IT).
Filename: "{app}\wijkdesk.exe"; Description: "{cm:LaunchProgram,WijkDesk}"; Flags: nowait postinstall skipifsilent

; No [Registry] section: WijkDesk needs no registry entries. No [UninstallDelete] section: the
; uninstaller removes only the files it installed, so the data folder {#DataDir} stays.

[Code]
{ After uninstalling, say where the user's data still is: the database holds a year of a wijk's
  work, and a reinstall must find it again. Silent uninstalls (by IT) skip the message. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{#DataDir}');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
