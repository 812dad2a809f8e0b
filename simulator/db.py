"""The database: SQLAlchemy 2, SQLite by default, one request-scoped session."""

from datetime import datetime

from flask import current_app, g
from sqlalchemy import DateTime, create_engine, event, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Stores naive UTC; SQLite has no time zones, so we keep one convention."""

    impl = DateTime
    cache_ok = True


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime}


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    def __init__(self, url: str):
        self.url = url
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def create_all(self) -> None:
        # Import the models so that every table is known to the metadata.
        from .audit import models as _audit  # noqa: F401
        from .auth import models as _auth  # noqa: F401
        from .console import models as _console  # noqa: F401
        from .integration import models as _integration  # noqa: F401
        from .mailbox import models as _mailbox  # noqa: F401
        from .store import models as _store  # noqa: F401

        Base.metadata.create_all(self.engine)

    def schema_is_current(self) -> bool:
        """True when every table has every column and index the models declare (no
        migrations here)."""
        self.create_all()
        found = inspect(self.engine)
        return all(
            {column.name for column in table.columns}
            <= {column["name"] for column in found.get_columns(table.name)}
            and {index.name for index in table.indexes}
            <= {index["name"] for index in found.get_indexes(table.name)}
            for table in Base.metadata.sorted_tables
        )

    def rebuild(self) -> None:
        """Drop and recreate every table: a simulator's data is seed data, not records."""
        Base.metadata.drop_all(self.engine)
        Base.metadata.create_all(self.engine)


def database() -> Database:
    return current_app.extensions["database"]


def session() -> Session:
    """The session of the current request (or app context), opened on first use."""
    if "db_session" not in g:
        g.db_session = database().Session()
    return g.db_session


def close_session(exception=None) -> None:
    db_session = g.pop("db_session", None)
    if db_session is not None:
        if exception is not None:
            db_session.rollback()
        db_session.close()


def lock(db: Session, entity) -> None:
    """Take `entity`'s row for this transaction, then reread it: two requests changing the same
    order (or cart, or masquerade) run one after the other, each seeing what the other did.

    SELECT ... FOR UPDATE where the database has it; SQLite has one writer at a time, so a
    write that changes nothing takes that lock. Call it before reading what the change
    depends on."""
    db.flush()
    mapper = inspect(entity).mapper
    table = mapper.local_table
    key = inspect(entity).identity
    where = [column == value for column, value in zip(mapper.primary_key, key, strict=True)]
    if db.get_bind().dialect.name == "sqlite":
        column = mapper.primary_key[0]
        db.execute(table.update().where(*where).values({column.name: column}))
    else:
        db.execute(select(table).where(*where).with_for_update())
    db.expire_all()  # everything read before the lock may be stale
