; FieldEval (绩效评价现场工作台) — Windows installer, Inno Setup 6.
;
; Build the bundle first (dist\FieldEval\ from pyinstaller.spec), then compile this script:
;   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
; or by hand:  iscc packaging\windows\fieldeval.iss
; docs/packaging.md has the whole route.
;
; - Installs for the current user without administrator rights (locked-down laptops); an
;   administrator can choose "all users" in the first dialog.
; - Start-menu entry (and an optional desktop icon); .fev evaluation files open in FieldEval.
; - The uninstaller removes the program only. Evaluation files (wherever the evaluator saved them),
;   the backups, settings and user templates in %LOCALAPPDATA%\FieldEval are never touched.

#define AppName "FieldEval"
#define AppNameZh "绩效评价现场工作台"
#define AppExe "FieldEval.exe"
; The bundle folder; packaging/windows/check_installer.sh passes another with /DBundle=…
#ifndef Bundle
  #define Bundle AddBackslash(SourcePath) + "..\..\dist\FieldEval"
#endif
; One version, written in services\appinfo.py: the spec puts it into FieldEval.exe's version
; resource and we read it back from there, unless it is given with /DAppVersion=… (the Linux check
; reads it from services\appinfo.py itself: its stand-in FieldEval.exe has no version resource).
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
; {autopf}: %LOCALAPPDATA%\Programs for a per-user install, Program Files for all users. The Linux
; check passes /DDefaultDir=… for its per-user install: Wine cannot resolve the per-user Program Files
; folder that {autopf} stands for there.
#ifndef DefaultDir
  #define DefaultDir "{autopf}\" + AppName
#endif
#if AppVersion == ""
  #error "dist\FieldEval\FieldEval.exe has no version resource: build the bundle with pyinstaller.spec first"
#endif

[Setup]
AppId={{567F7FE2-D3CF-5691-878B-F707FD78FCDB}
AppName={#AppName} {#AppNameZh}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppVersion}
AppPublisher=FieldEval
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName} {#AppNameZh}
DefaultDirName={#DefaultDir}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\fieldeval.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppNameZh}（{#AppName}）
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
#ifexist "compiler:Languages\ChineseSimplified.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: a DLL or module that the new version no
; longer ships must not stay behind in _internal and be loaded by it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the whole one-folder bundle, nothing else
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppName} {#AppVersion}"
Name: "{autoprograms}\{#AppNameZh} 示例评价"; Filename: "{app}\{#AppExe}"; Parameters: "--sample"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .fev -> FieldEval.Evaluation (per user, or machine-wide when installed for all users: HKA)
Root: HKA; Subkey: "Software\Classes\.fev"; ValueType: string; ValueName: ""; ValueData: "FieldEval.Evaluation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.fev\OpenWithProgids"; ValueType: string; ValueName: "FieldEval.Evaluation"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\FieldEval.Evaluation"; ValueType: string; ValueName: ""; ValueData: "绩效评价文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\FieldEval.Evaluation\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\FieldEval.Evaluation\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".fev"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly the files it installed. The evaluator's
; .fev files and %LOCALAPPDATA%\FieldEval (settings, backups, templates, logs) stay.
