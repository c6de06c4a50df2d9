@echo off
rem UnionDesk command line for administrators: the installed app in CLI mode (no window).
"%~dp0UnionDesk.exe" --cli %*
exit /b %ERRORLEVEL%
