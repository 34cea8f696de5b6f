"""Risky places for a live database: cloud-sync folders and network shares (Windows rules run on Linux)."""
from __future__ import annotations

import pytest

from wijkdesk.store.locations import DRIVE_REMOTE, location_warning, network_mount_type

DRIVE_FIXED = 3

WINDOWS_CLOUD = [
    (r"C:\Users\anouk\OneDrive\WijkDesk\wijkdesk.db", "OneDrive"),
    (r"C:\Users\anouk\OneDrive - Gemeente Deventer\Documenten\wijkdesk.db", "OneDrive"),
    (r"C:\Users\anouk\Dropbox\wijkdesk.db", "Dropbox"),
    (r"D:\Dropbox (Persoonlijk)\wijk\wijkdesk.db", "Dropbox"),
    (r"G:\Mijn Drive\wijkdesk.db", "Google Drive"),
    (r"G:\My Drive\WijkDesk\wijkdesk.db", "Google Drive"),
    (r"C:\Users\anouk\Google Drive\wijkdesk.db", "Google Drive"),
    (r"C:\Users\anouk\iCloudDrive\wijkdesk.db", "iCloud"),
    (r"C:\Users\anouk\Nextcloud\wijkdesk.db", "Nextcloud"),
]
POSIX_CLOUD = [
    ("/home/anouk/Dropbox/wijkdesk.db", "Dropbox"),
    ("/Users/anouk/Library/CloudStorage/OneDrive-GemeenteDeventer/wijkdesk.db", "OneDrive"),
    ("/Users/anouk/Library/CloudStorage/GoogleDrive-anouk@example.nl/Mijn Drive/wijkdesk.db", "Google Drive"),
    ("/Users/anouk/Library/Mobile Documents/com~apple~CloudDocs/wijkdesk.db", "iCloud"),
    ("/home/anouk/ownCloud/wijkdesk.db", "ownCloud"),
]


@pytest.mark.parametrize("path,service", WINDOWS_CLOUD)
def test_windows_cloud_folders(path, service):
    warning = location_warning(path, platform="win32", drive_type=DRIVE_FIXED, env={})
    assert warning is not None
    assert service in warning and path in warning
    assert "beschadigd" in warning and "wijkdesk backup --to" in warning


@pytest.mark.parametrize("path,service", POSIX_CLOUD)
def test_posix_cloud_folders(path, service):
    for platform in ("linux", "darwin"):
        warning = location_warning(path, platform=platform, mounts_text="", env={})
        assert warning is not None and service in warning


def test_renamed_onedrive_folder_found_through_environment():
    env = {"OneDriveCommercial": r"C:\Users\anouk\Gemeente Deventer"}
    warning = location_warning(r"c:\users\ANOUK\Gemeente Deventer\Wijk\wijkdesk.db", platform="win32",
                               drive_type=DRIVE_FIXED, env=env)
    assert warning is not None and "OneDrive" in warning
    assert location_warning(r"C:\Users\anouk\Gemeente Deventer-oud\wijkdesk.db", platform="win32",
                            drive_type=DRIVE_FIXED, env=env) is None


@pytest.mark.parametrize("path", [
    r"\\fileserver\wijkteams\wijkdesk.db",
    "//fileserver/wijkteams/wijkdesk.db",
    r"\\?\UNC\fileserver\wijkteams\wijkdesk.db",
])
def test_windows_unc_paths(path):
    warning = location_warning(path, platform="win32", env={})
    assert warning is not None and "netwerk" in warning and "vergrendeling" in warning


def test_windows_mapped_network_drive():
    warning = location_warning(r"H:\WijkDesk\wijkdesk.db", platform="win32", drive_type=DRIVE_REMOTE, env={})
    assert warning is not None and "netwerkschijf H:" in warning


@pytest.mark.parametrize("path", [
    r"C:\Users\anouk\AppData\Local\WijkDesk\WijkDesk\wijkdesk.db",
    r"\\?\C:\Users\anouk\AppData\Local\WijkDesk\wijkdesk.db",
    r"D:\Data\DropboxArchief\wijkdesk.db",  # a name that merely contains 'Dropbox'
])
def test_windows_local_paths_are_fine(path):
    assert location_warning(path, platform="win32", drive_type=DRIVE_FIXED, env={}) is None


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/wijk /mnt/wijk nfs4 rw,relatime,vers=4.2 0 0
//nas/gedeeld\\040team /mnt/gedeeld\\040team cifs rw,relatime 0 0
/dev/sdb1 /mnt/wijk/lokaal ext4 rw 0 0
onedrive: /home/anouk/cloud fuse.rclone rw,nosuid 0 0
"""


@pytest.mark.parametrize("path,expected", [
    ("/home/anouk/.local/share/WijkDesk/wijkdesk.db", None),
    ("/mnt/wijk/wijkdesk.db", "nfs4"),
    ("/mnt/gedeeld team/WijkDesk/wijkdesk.db", "cifs"),
    ("/mnt/gedeeldteam/wijkdesk.db", None),
    ("/mnt/wijk/lokaal/wijkdesk.db", None),  # a local disk mounted inside the NFS share
    ("/mnt/wijkje/wijkdesk.db", None),  # a prefix of the string, not of the path
    ("/home/anouk/cloud/wijkdesk.db", "fuse.rclone"),
])
def test_linux_network_mounts(path, expected):
    assert network_mount_type(path, MOUNTS) == expected


def test_linux_warning_texts():
    nfs = location_warning("/mnt/wijk/wijkdesk.db", platform="linux", mounts_text=MOUNTS, env={})
    assert nfs is not None and "netwerkschijf (nfs4)" in nfs
    rclone = location_warning("/home/anouk/cloud/wijkdesk.db", platform="linux", mounts_text=MOUNTS, env={})
    assert rclone is not None and "synchroniseert" in rclone
    assert location_warning("/home/anouk/wijkdesk.db", platform="linux", mounts_text=MOUNTS, env={}) is None


def test_real_system_default_location_is_fine(data_dir):
    # the private test folder is on a local disk: no warning, and asking the system does not crash
    assert location_warning(data_dir / "wijkdesk.db") is None
