#!/usr/bin/env bash
# Installs everything Madang needs to build, run and test on Debian 12.
# Safe to run repeatedly: apt-get only installs what is missing.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6sql6-sqlite libqt6opengl6-dev
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-models
    qml6-module-qtqml-workerscript qml6-module-qttest
    libsqlite3-dev sqlite3 libssl-dev openssl libqrencode-dev
    qt6-serialport-dev libzxing-dev qt6-httpserver-dev qt6-websockets-dev
    fonts-noto-cjk xvfb xauth libgl1-mesa-dri
    lintian desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
