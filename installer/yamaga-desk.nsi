; Yamaga Desk installer (NSIS 3.08+).  Built by installer/build.py, which
; passes the defines below; do not run makensis on this file by hand.
;
;   VERSION VERSION_NUMERIC STAGE FILE_LIST OUTFILE ICON INSTALLED_KB [SIGN_CMD]
;
; Per-user install without administrator rights into
; %LOCALAPPDATA%\Programs\YamagaDesk.  Switches:
;   setup.exe /S [/NODESKTOP] [/D=C:\path]   silent install (/D must come last)
;   uninstall.exe /S [/REMOVEUSERDATA]       silent uninstall; keeps the user's
;                                            data unless /REMOVEUSERDATA is given
; Exit code 0 on success, non-zero when cancelled or failed.

Unicode true
Target amd64-unicode          ; 64-bit stub: the 32-bit default needs WOW64
RequestExecutionLevel user    ; no UAC prompt: staff have no admin rights
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64      ; MB; the 200 MB dictionary compresses far better
XPStyle on

!define APP_NAME "Yamaga Desk"
!define APP_TITLE "Yamaga Desk（山鹿市 SNS投稿チェッカー）"
!define APP_ID "YamagaDesk"
!define PUBLISHER "山鹿市"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SHORTCUT "${APP_NAME}.lnk"
!define GUI_ARGS "-X utf8 -m yamaga_desk gui"

!ifdef SIGN_CMD
  !finalize '${SIGN_CMD} "%1"'
  !uninstfinalize '${SIGN_CMD} "%1"'
!endif

Name "${APP_NAME}" "${APP_TITLE}"
Caption "${APP_NAME} ${VERSION} セットアップ"
UninstallCaption "${APP_NAME} のアンインストール"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_TITLE} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "WinVer.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TEXT "${APP_TITLE} ${VERSION} をこのパソコンに入れます。$\r$\n$\r$\n\
管理者の権限は要りません。あなたのユーザーだけに入ります。$\r$\n$\r$\n\
古い版が入っている場合は、この版に置き換えます。下書き・記録・個人の規則はそのまま残ります。$\r$\n$\r$\n\
続けるには［次へ］を押してください。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "${APP_NAME} を起動する"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Japanese"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "ProductName" "${APP_TITLE}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "FileDescription" "${APP_NAME} セットアップ"
VIAddVersionKey /LANG=${LANG_JAPANESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_JAPANESE} "LegalCopyright" "© ${PUBLISHER}"


; A running copy keeps python313.dll open; deleting it is the test.
!macro WaitUntilClosed UN
Function ${UN}WaitUntilClosed
  retry:
  ${If} ${FileExists} "$INSTDIR\runtime\python313.dll"
    ClearErrors
    Delete "$INSTDIR\runtime\python313.dll"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
        "${APP_NAME} が起動しています。$\r$\n画面を閉じてから［再試行］を押してください。" \
        /SD IDCANCEL IDRETRY retry
      SetErrorLevel 3
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."


Section "${APP_NAME}（必須）" SecMain
  SectionIn RO
  SetShellVarContext current
  Call WaitUntilClosed
  ; Upgrade: the old program files go first so that nothing from an older
  ; version lingers; user data lives elsewhere (%LOCALAPPDATA%\YamagaDesk).
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\app"
  !include "${FILE_LIST}"

  DetailPrint "Python ファイルをコンパイルしています…"
  nsExec::ExecToLog '"$INSTDIR\runtime\python.exe" -X utf8 -m compileall -q "$INSTDIR\app" "$INSTDIR\runtime\Lib\site-packages"'
  Pop $0
  ${If} $0 != 0
    DetailPrint "注意: 一部の Python ファイルをコンパイルできませんでした（$0）。動作には影響しません。"
  ${EndIf}

  ; The rules' compiled form goes to the installing user's data folder
  ; (startup_cache.py): without it the first start compiles, during the
  ; user's first long paste, what every later start reads (underlines 1.2 s
  ; instead of 0.2 s). Failing only costs that first start some time.
  DetailPrint "チェック規則を準備しています（初回の起動を速くします）…"
  nsExec::ExecToLog '"$INSTDIR\runtime\python.exe" -X utf8 -m yamaga_desk prepare'
  Pop $0
  ${If} $0 != 0
    DetailPrint "注意: 規則の準備を完了できませんでした（$0）。初回の起動時に自動で準備します。"
  ${EndIf}

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\runtime\pythonw.exe" "${GUI_ARGS}" \
    "$INSTDIR\YamagaDesk.ico" 0 SW_SHOWNORMAL "" "SNS 投稿の下書きをガイドラインに照らして確認します"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_TITLE}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\YamagaDesk.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" ${INSTALLED_KB}
SectionEnd

Section "デスクトップにショートカットを作る" SecDesktop
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\runtime\pythonw.exe" "${GUI_ARGS}" \
    "$INSTDIR\YamagaDesk.ico" 0 SW_SHOWNORMAL "" "SNS 投稿の下書きをガイドラインに照らして確認します"
SectionEnd

Function .onInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} には Windows 10 以降が必要です。" /SD IDOK
    SetErrorLevel 4
    Quit
  ${EndIf}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/NODESKTOP" $1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ; Same or older version installed: replace it in place.  Newer: ask first.
  ReadRegStr $1 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $1 != ""
    ${VersionCompare} $1 "${VERSION}" $2
    ${If} $2 == 1
      MessageBox MB_YESNO|MB_ICONQUESTION \
        "新しい版（$1）が入っています。古い版（${VERSION}）に置き換えますか？" \
        /SD IDYES IDYES replace_newer
      SetErrorLevel 5
      Quit
      replace_newer:
    ${EndIf}
  ${EndIf}
FunctionEnd

Function LaunchApp
  SetOutPath "$INSTDIR"
  Exec '"$INSTDIR\runtime\pythonw.exe" ${GUI_ARGS}'
FunctionEnd


Section "un.${APP_NAME} 本体" SecUnMain
  SectionIn RO
  SetShellVarContext current
  Call un.WaitUntilClosed
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\yamaga-desk.cmd"
  Delete "$INSTDIR\YamagaDesk.ico"
  Delete "$INSTDIR\uninstall.exe"
  ; Never /r: the folder may have been chosen by hand and hold other files.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.下書き・記録・個人の規則と設定も削除する" SecUnData
  SetShellVarContext current
  ; platformdirs' user_data_dir and user_config_dir on Windows.  The site
  ; rules in C:\ProgramData\YamagaDesk belong to the IT section: never touched.
  RMDir /r "$LOCALAPPDATA\${APP_ID}"
SectionEnd

Function un.onInit
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEUSERDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd
