"""Back to the seeded state: delete every row, insert the fixture rows (milliseconds)."""

from fixtures import build_seed, demo_password_hash

from .db import Base, Database


def reset(database: Database) -> None:
    seed = build_seed()
    database.create_all()
    with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
        for name, rows in seed.tables:
            connection.execute(Base.metadata.tables[name].insert(), list(rows))


def add_console_user(db, email: str, name: str, persona: str):
    """One more console user with the demo password (a race test needs twenty CSRs)."""
    from .console.models import ConsoleUser

    demo_hash = demo_password_hash(email)  # its own salt: hashing costs ~0.1 s
    user = ConsoleUser(email=email, name=name, persona=persona, password_hash=demo_hash)
    db.add(user)
    db.commit()
    return user


def is_seeded(database: Database) -> bool:
    with database.engine.connect() as connection:
        table = Base.metadata.tables["store_companies"]
        return connection.execute(table.select().limit(1)).first() is not None
