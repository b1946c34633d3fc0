"""Child processes that do not outlive the ``kg`` process that started them."""

from __future__ import annotations

import os
import threading
import time


def watch_parent(parent: int) -> None:
    """In a child process: exit as soon as ``parent`` is gone, instead of lingering.

    A killed ``kg`` (``kill -9``) cannot stop its children; they would go on working and
    then wait forever. The child checks twice a second whether it was orphaned.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()
