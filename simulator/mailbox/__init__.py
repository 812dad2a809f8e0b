"""Every email the simulator sends, kept and readable on a page by recipient."""
