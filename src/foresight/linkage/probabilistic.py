"""Clustering the rows of any person table: identifiers first, then Splink on DuckDB.

A valid NHS number or UPN shared by two rows links them; two rows with different valid
numbers of the same kind never end up in one cluster, however alike they look. The rest is
Splink's Fellegi-Sunter model (:mod:`foresight.linkage.splink_settings`) trained on the
table itself without labels: u by random sampling, m by expectation maximisation on blocks
of date of birth and postcode (or email), never names.

>>> from pathlib import Path
>>> result = link_csv(Path("people.csv"), "person_id")  # doctest: +SKIP
>>> result.clusters["P17"]  # doctest: +SKIP
'P03'
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from foresight.bundle.identifiers import parse_nhs_number, parse_upn
from foresight.errors import ForesightError
from foresight.linkage import splink_settings as model

if TYPE_CHECKING:
    import duckdb
    from splink import Linker
    from splink.internals.blocking_rule_creator import BlockingRuleCreator
    from splink.internals.splink_dataframe import SplinkDataFrame

# Spark (the optional extra foresight[spark]) runs the same model beyond one machine.
Engine = Literal["duckdb", "spark"]
ENGINES: tuple[Engine, ...] = ("duckdb", "spark")

# Chosen by measurement (benchmarks/results/linkage.md): of 0.5, 0.8, 0.9, 0.95 and 0.99, 0.8
# gives the best pairwise F1 both on fake_1000 (0.969; precision 1.0) and on 20,000 generated
# records (0.975); below it precision falls, above it recall does.
DEFAULT_THRESHOLD = 0.8

# Column names recognised in the input (lower case, spaces and hyphens as underscores).
RECOGNISED: Mapping[str, str] = {
    "given_names": "given_name",
    "given_name": "given_name",
    "first_name": "given_name",
    "forename": "given_name",
    "family_name": "family_name",
    "surname": "family_name",
    "last_name": "family_name",
    "date_of_birth": "dob",
    "dob": "dob",
    "postcode": "postcode",
    "city": "city",
    "address": "address",
    "email": "email",
    "sex": "sex",
    "nhs_number": "nhs_number",
    "upn": "upn",
}
IDENTIFIERS = ("nhs_number", "upn")
# Match weights are learnt from the table itself: below this many rows there are too few
# pairs for expectation maximisation to learn anything but noise.
MIN_ROWS = 100
STEPS = ("read", "train", "cluster")

Progress = Callable[[str], None]


class LinkageInputError(ForesightError):
    """The person table cannot be linked: missing file, unknown column, duplicate id."""


@dataclass(frozen=True)
class LinkResult:
    """Each row's id mapped to its cluster (the id of the cluster's first row)."""

    clusters: Mapping[str, str]
    columns: Mapping[str, str]
    links: int
    threshold: float

    @property
    def cluster_count(self) -> int:
        """How many distinct people the table holds."""
        return len(set(self.clusters.values()))


def recognise_columns(header: list[str], id_column: str) -> dict[str, str]:
    """Map each recognised model column to the header it comes from (first one wins).

    >>> recognise_columns(["ID", "First Name", "DOB", "notes"], "ID")
    {'given_name': 'First Name', 'dob': 'DOB'}
    """
    found: dict[str, str] = {}
    for name in header:
        key = "_".join(name.strip().lower().replace("-", " ").split())
        target = RECOGNISED.get(key)
        if target is not None and name != id_column:
            found.setdefault(target, name)
    return found


def _header(path: Path) -> list[str]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return next(csv.reader(handle), [])
    except FileNotFoundError:
        raise LinkageInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LinkageInputError(f"{path}: is a folder, not a CSV file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LinkageInputError(f"{path}: cannot read it as a UTF-8 CSV ({error})") from None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _letters(column: str) -> str:
    return f"nullif(regexp_replace(lower(strip_accents({column})), '[^a-z]', '', 'g'), '')"


def _dob_sql(column: str) -> str:
    """Dates as ``YYYY-MM-DD``, British ``DD/MM/YYYY`` turned round, partial dates kept."""
    text = f"trim({column})"
    dmy = f"regexp_extract({text}, '^(\\d{{1,2}})/(\\d{{1,2}})/(\\d{{4}})$', ['d', 'm', 'y'])"
    return (
        f"CASE WHEN regexp_full_match({text}, '\\d{{4}}(-\\d{{2}}(-\\d{{2}})?)?') THEN {text}"
        f" WHEN regexp_full_match({text}, '\\d{{1,2}}/\\d{{1,2}}/\\d{{4}}') THEN"
        f" {dmy}.y || '-' || lpad({dmy}.m, 2, '0') || '-' || lpad({dmy}.d, 2, '0')"
        " END"
    )


def _normalised(column: str, target: str) -> str:
    col = f"raw.{_quoted(column)}"
    given = f"split_part(trim(lower(strip_accents({col}))), ' ', 1)"
    expressions = {
        "given_name": _letters(given),
        "family_name": _letters(col),
        "dob": _dob_sql(col),
        "postcode": f"nullif(regexp_replace(upper({col}), '[^A-Z0-9]', '', 'g'), '')",
        "city": f"nullif(lower(trim({col})), '')",
        "address": f"nullif(regexp_replace(lower(trim({col})), '\\s+', ' ', 'g'), '')",
        "email": f"nullif(lower(trim({col})), '')",
        "sex": f"CASE upper(left(trim({col}), 1)) WHEN 'M' THEN 'M' WHEN 'F' THEN 'F' END",
    }
    return expressions[target]


def _load(con: duckdb.DuckDBPyConnection, path: Path, id_column: str) -> dict[str, str]:
    """Read the CSV into ``raw`` and build ``people`` (the model's columns, ``rid`` ids)."""
    header = _header(path)
    if id_column not in header:
        raise LinkageInputError(f"{path}: no column {id_column!r} (columns: {', '.join(header)})")
    columns = recognise_columns(header, id_column)
    if not set(columns) & {"given_name", "family_name", "dob", "email"}:
        raise LinkageInputError(
            f"{path}: no person columns recognised (expected some of: "
            f"{', '.join(sorted(RECOGNISED))})"
        )
    import duckdb

    try:
        con.execute(
            "CREATE TABLE raw AS SELECT row_number() OVER () - 1 AS rid, * FROM "
            "read_csv(?, all_varchar = true, header = true)",
            [str(path)],
        )
    except duckdb.Error as error:
        raise LinkageInputError(f"{path}: cannot read it as a CSV ({error})") from None
    _check_ids(con, path, id_column)
    select = [
        f"{_normalised(col, target)} AS {target}"
        for target, col in columns.items()
        if target not in IDENTIFIERS
    ]
    body = ", ".join(["rid AS unique_id", *select])
    con.execute(f"CREATE TABLE norm AS SELECT {body} FROM raw")
    nicknames = [(k, v) for k, v in model.nicknames().items()]
    con.execute("CREATE TABLE nick (name VARCHAR, canon VARCHAR)")
    con.executemany("INSERT INTO nick VALUES (?, ?)", nicknames)
    canon = (
        ", coalesce(nick.canon, norm.given_name) AS given_name_canon"
        if "given_name" in columns
        else ""
    )
    join = "LEFT JOIN nick ON nick.name = norm.given_name" if canon else ""
    con.execute(f"CREATE TABLE people AS SELECT norm.*{canon} FROM norm {join}")
    return columns


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    """One integer from a query, the result fetched in full (DuckDB wants that)."""
    rows = con.execute(sql).fetchall()
    return int(rows[0][0]) if rows else 0


def _check_ids(con: duckdb.DuckDBPyConnection, path: Path, id_column: str) -> None:
    col = _quoted(id_column)
    blank = _scalar(con, f"SELECT count(*) - count(nullif(trim({col}), '')) FROM raw")
    repeated = _scalar(con, f"SELECT count(*) - count(DISTINCT {col}) FROM raw")
    if blank:
        raise LinkageInputError(f"{path}: {blank} row(s) have no {id_column}")
    if repeated:
        raise LinkageInputError(f"{path}: {id_column} is not unique ({repeated} repeats)")


def _identifiers(con: duckdb.DuckDBPyConnection, columns: Mapping[str, str]) -> list[list[int]]:
    """Per identifier kind, each row's valid number as a small integer (-1 for none)."""
    count = _scalar(con, "SELECT count(*) FROM raw")
    kinds: list[list[int]] = []
    for kind, parse in (("nhs_number", parse_nhs_number), ("upn", parse_upn)):
        if kind not in columns:
            continue
        values = [-1] * count
        codes: dict[str, int] = {}
        rows = con.execute(
            f"SELECT rid, {_quoted(columns[kind])} FROM raw "
            f"WHERE nullif(trim({_quoted(columns[kind])}), '') IS NOT NULL"
        ).fetchall()
        for rid, text in rows:
            try:
                number = parse(text)
            except ValueError:
                continue
            values[rid] = codes.setdefault(number, len(codes))
        kinds.append(values)
    return kinds


def _train(linker: Linker, present: frozenset[str], rows: int, seed: int) -> None:
    rules: list[str | BlockingRuleCreator] = [*model.deterministic_rules(present)]
    if rules:
        linker.training.estimate_probability_two_random_records_match(rules, recall=0.7)
    pairs = min(1e6, max(1e4, rows * (rows - 1) / 2))
    linker.training.estimate_u_using_random_sampling(max_pairs=pairs, seed=seed)
    for rule in model.training_blocking_rules(present):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=5e5
        )


def scored_pairs(
    linker: Linker, present: frozenset[str], rows: int, threshold: float, seed: int
) -> SplinkDataFrame:
    """Train ``linker`` on its own table and score the pairs at or above ``threshold``."""
    try:
        _train(linker, present, rows, seed)
    except (ArithmeticError, ValueError) as error:
        # Degenerate tables (every pair alike, or none) leave EM nothing to estimate.
        raise LinkageInputError(f"cannot learn match weights from this table ({error})") from None
    return linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")


EDGES_SQL = "SELECT unique_id_l, unique_id_r FROM {table} ORDER BY match_probability DESC"


def _edges(
    con: duckdb.DuckDBPyConnection,
    present: frozenset[str],
    threshold: float,
    seed: int,
    engine: Engine,
) -> list[tuple[int, int]]:
    """Pairs at or above the threshold, most probable first."""
    rows = _scalar(con, "SELECT count(*) FROM people")
    if engine == "spark":
        from foresight.linkage.spark_engine import spark_edges

        return spark_edges(con, present, rows, threshold, seed)
    from splink import DuckDBAPI, Linker

    db_api = DuckDBAPI(connection=con)
    table = db_api.register("people", table_name="people_input")
    linker = Linker(table, model.settings(present, rows), log_level=None)
    predictions = scored_pairs(linker, present, rows, threshold, seed)
    sql = EDGES_SQL.format(table=predictions.physical_name)
    return [(int(a), int(b)) for a, b in con.execute(sql).fetchall()]


def cluster(count: int, edges: list[tuple[int, int]], identifiers: list[list[int]]) -> list[int]:
    """Union rows along ``edges`` in order, refusing any merge that joins two different valid
    identifiers of one kind; each row's cluster is its cluster's smallest row.

    >>> cluster(3, [(0, 1), (1, 2)], [[5, -1, 6]])
    [0, 0, 2]
    """
    parent = list(range(count))
    held = [list(kind) for kind in identifiers]

    def find(row: int) -> int:
        while parent[row] != row:
            parent[row] = parent[parent[row]]
            row = parent[row]
        return row

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb or any(-1 < k[ra] != k[rb] > -1 for k in held):
            continue
        low, high = min(ra, rb), max(ra, rb)
        parent[high] = low
        for k in held:
            k[low] = max(k[low], k[high])
    return [find(row) for row in range(count)]


def _identifier_edges(identifiers: list[list[int]]) -> list[tuple[int, int]]:
    edges = []
    for kind in identifiers:
        first: dict[int, int] = {}
        for rid, code in enumerate(kind):
            if code >= 0:
                edges.append((first.setdefault(code, rid), rid))
    return edges


def link_csv(
    path: Path,
    id_column: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    engine: Engine = "duckdb",
    seed: int = 1,
    progress: Progress | None = None,
) -> LinkResult:
    """Cluster the rows of a person CSV; raises :class:`LinkageInputError` on bad input."""
    import duckdb

    if not 0 < threshold < 1:
        raise LinkageInputError(f"threshold {threshold} must be between 0 and 1")
    if engine not in ENGINES:
        raise LinkageInputError(f"engine {engine!r} is not available (use: {', '.join(ENGINES)})")
    step = progress or (lambda name: None)
    logging.getLogger("splink").setLevel(logging.ERROR)
    con = duckdb.connect()
    try:
        step("read")
        columns = _load(con, path, id_column)
        identifiers = _identifiers(con, columns)
        ids = [
            str(i)
            for (i,) in con.execute(f"SELECT {_quoted(id_column)} FROM raw ORDER BY rid").fetchall()
        ]
        present = frozenset(model.LINK_COLUMNS) & (set(columns) | {"given_name_canon"})
        if "given_name" not in present:
            present = present - {"given_name_canon"}
        if len(ids) < MIN_ROWS:
            raise LinkageInputError(
                f"{path}: {len(ids)} rows are too few to learn match weights from "
                f"(foresight link needs at least {MIN_ROWS})"
            )
        step("train")
        edges = _edges(con, present, threshold, seed, engine)
        step("cluster")
        roots = cluster(len(ids), _identifier_edges(identifiers) + edges, identifiers)
    finally:
        con.close()
    return LinkResult(
        clusters={ids[row]: ids[root] for row, root in enumerate(roots)},
        columns=columns,
        links=len(edges),
        threshold=threshold,
    )


def write_clusters(result: LinkResult, out: Path) -> None:
    """Write ``id,cluster`` rows, in the input's order."""
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "cluster"])
        writer.writerows(result.clusters.items())
