"""The audit log: who acted for which company, and what they did (DOMAIN.md decision 10).

The store writes it; an administrator reads it in the console. Like the mailbox it stands
beside both systems rather than inside either.
"""
