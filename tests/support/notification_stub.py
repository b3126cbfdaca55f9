#!/usr/bin/python3
"""A stand-in desktop notification server for scripts/test-reminders.

Owns org.freedesktop.Notifications on the session bus it is started in (a private one, from
dbus-run-session), implements Notify, GetCapabilities, GetServerInformation and
CloseNotification, and appends every notification it receives to RECORD as one JSON object per
line. 0.2 s after each notification it closes it (NotificationClosed, reason 2: dismissed), and
first clicks it (ActionInvoked "default") while the file CLICK exists.

Usage: notification_stub.py RECORD CLICK
"""

import json
import os
import sys

import dbus
import dbus.service
import dbus.mainloop.glib
from gi.repository import GLib

INTERFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, record, click):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.record = record
        self.click = click
        self.last_id = 0

    @dbus.service.method(INTERFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        self.last_id += 1
        entry = {
            "id": self.last_id,
            "app_name": str(app_name),
            "app_icon": str(app_icon),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(action) for action in actions],
            "hints": {str(key): str(value) for key, value in hints.items()},
            "expire_timeout": int(timeout),
        }
        with open(self.record, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        GLib.timeout_add(200, self.answer, self.last_id)
        return dbus.UInt32(self.last_id)

    def answer(self, notification_id):
        if os.path.exists(self.click):
            self.ActionInvoked(dbus.UInt32(notification_id), "default")
        self.NotificationClosed(dbus.UInt32(notification_id), dbus.UInt32(2))
        return False

    @dbus.service.method(INTERFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body", "body-markup"]

    @dbus.service.method(INTERFACE, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("notification-stub", "skincare-guide tests", "1.0", "1.2")

    @dbus.service.method(INTERFACE, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        self.NotificationClosed(dbus.UInt32(notification_id), dbus.UInt32(3))

    @dbus.service.signal(INTERFACE, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        pass

    @dbus.service.signal(INTERFACE, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass


def main():
    record, click = sys.argv[1], sys.argv[2]
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(INTERFACE, bus, do_not_queue=True)
    server = Server(bus, record, click)
    print("notification stub ready", flush=True)
    GLib.MainLoop().run()
    del name, server


if __name__ == "__main__":
    main()
