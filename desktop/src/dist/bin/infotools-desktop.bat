@echo off
rem InfoTools desktop: starts the managers' application with the Java 17 (or newer) found in JAVA_HOME or on the PATH.
set HERE=%~dp0..
if defined JAVA_HOME (set JAVA="%JAVA_HOME%\bin\java") else (set JAVA=java)
%JAVA% %JAVA_OPTS% -jar "%HERE%\infotools-desktop.jar" %*
