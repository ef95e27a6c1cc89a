# Build FieldEval's Windows installer: dist\FieldEval\ (PyInstaller) then dist\FieldEval-<version>-setup.exe
# (Inno Setup 6). Run from anywhere:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
# Needs: Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (https://jrsoftware.org/isdl.php).
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3 -m venv .venv }
& .venv\Scripts\python.exe -m pip install -q --disable-pip-version-check -r requirements-build.txt
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& .venv\Scripts\python.exe -m PyInstaller --noconfirm --clean pyinstaller.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# what build_linux.sh does after PyInstaller, as far as it applies on Windows
& .venv\Scripts\python.exe packaging\windows\trim_bundle.py dist\FieldEval
if ($LASTEXITCODE -ne 0) { throw "trim_bundle failed" }

# smoke test of the bundle before packing it: the sample scores 78.8
$env:QT_QPA_PLATFORM = "offscreen"
$env:FIELDEVAL_DATA_DIR = Join-Path $env:TEMP "fieldeval-build-check"
$sample = Join-Path $env:TEMP "fieldeval-build-check.fev"
Remove-Item $sample -ErrorAction SilentlyContinue
& dist\FieldEval\fieldeval-cli.exe sample $sample
$score = & dist\FieldEval\fieldeval-cli.exe score $sample --json | Out-String | ConvertFrom-Json
if ([decimal]$score.total -ne 78.8) { throw "bundle check failed: total $($score.total), expected 78.8" }
Remove-Item $sample -ErrorAction SilentlyContinue

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
& $iscc packaging\windows\fieldeval.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\FieldEval-*-setup.exe | ForEach-Object { "{0}  {1:N1} MB" -f $_.Name, ($_.Length / 1MB) }
