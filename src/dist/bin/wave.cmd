@echo off
rem wave: the Azure migration wave engine on a Windows host (the shipped archive's launcher).
rem Needs Java 17 or later: java.exe on the PATH, or JAVA_HOME.
setlocal
set "WAVE_HOME=%~dp0.."
if defined JAVA_HOME (
  set "WAVE_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "WAVE_JAVA=java.exe"
)
"%WAVE_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo wave: Java 17 or later is needed and none was found: install one or set JAVA_HOME 1>&2
  exit /b 3
)
"%WAVE_JAVA%" -cp "%WAVE_HOME%\lib\*" io.jenkins.plugins.azuremigration.cli.WaveCli %*
exit /b %ERRORLEVEL%
