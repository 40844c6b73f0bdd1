"""The same Splink model on Spark, for person tables beyond one machine (``--engine spark``).

Needs the optional extra ``foresight[spark]`` (PySpark and a Java 17 runtime). The table is
read and normalised by DuckDB exactly as for the DuckDB engine, handed to Spark as Parquet,
trained and scored there with the settings of :mod:`foresight.linkage.splink_settings`, and
the scored pairs come back for clustering. Here Spark runs in local mode on every core; point
``SPARK_MASTER`` (a standard Spark variable) elsewhere to use a cluster.

>>> spark_edges  # doctest: +ELLIPSIS
<function spark_edges at ...>
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from foresight.linkage import splink_settings as model
from foresight.linkage.probabilistic import EDGES_SQL, LinkageInputError, scored_pairs

if TYPE_CHECKING:
    import duckdb


def spark_edges(
    con: duckdb.DuckDBPyConnection,
    present: frozenset[str],
    rows: int,
    threshold: float,
    seed: int,
) -> list[tuple[int, int]]:
    """Pairs of ``people`` (in ``con``) at or above ``threshold``, scored on Spark."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise LinkageInputError(
            "the Spark engine needs the optional extra: pip install 'foresight[spark]'"
        ) from None
    from splink import Linker
    from splink.backends.spark import SparkAPI, similarity_jar_location

    with tempfile.TemporaryDirectory(prefix="foresight-spark-") as tmp:
        parquet = Path(tmp) / "people.parquet"
        con.execute(f"COPY people TO '{parquet}' (FORMAT parquet)")
        spark = (
            SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
            .appName("foresight link")
            .config("spark.jars", similarity_jar_location())
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
        try:
            spark.sparkContext.setLogLevel("ERROR")
            spark.sparkContext.setCheckpointDir(str(Path(tmp) / "checkpoints"))
            db_api = SparkAPI(spark_session=spark)  # type: ignore[no-untyped-call]
            table = db_api.register(spark.read.parquet(str(parquet)))
            linker = Linker(table, model.settings(present, rows), log_level=None)
            predictions = scored_pairs(linker, present, rows, threshold, seed)
            found = spark.sql(EDGES_SQL.format(table=predictions.physical_name)).collect()
            return [(int(row[0]), int(row[1])) for row in found]
        finally:
            spark.stop()
