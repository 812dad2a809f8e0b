"""Business rules of the store and the console, free of Flask and of the database.

Everything here is plain Python over plain values so that it can be unit-tested
exhaustively and read by someone who wants to know *what* the system does
without wading through *how* it is served.
"""
