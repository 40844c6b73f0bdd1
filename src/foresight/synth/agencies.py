"""The agencies of the invented partnership of Northmoor, as the families' bundles name them.

Each has its own house style (how it writes dates, how it numbers entries, the system its
entries come from, who writes them), as real agencies' exports do.
"""

from __future__ import annotations

from foresight.synth.spec import AgencySpec, DateStyle

CSC = AgencySpec(
    "CSC",
    "Northmoor Children's Social Care",
    "children_social_care",
    date_style=DateStyle.SLASHED,
    id_prefix="CSC-",
    source="CSC case record: case note",
    author="Social worker",
)
EARLY_HELP = AgencySpec(
    "EH",
    "Northmoor Early Help Service",
    "early_help",
    date_style=DateStyle.SLASHED,
    id_prefix="EH-",
    source="Early help record",
    author="Family support worker",
)
POLICE = AgencySpec(
    "POL",
    "Northmoor Police",
    "police",
    date_style=DateStyle.SLASHED,
    id_prefix="OCC/",
    source="Police incident log",
    author="PC, response team",
)
HEALTH_VISITING = AgencySpec(
    "HV",
    "Northmoor Community Health: Health Visiting",
    "health_visiting",
    date_style=DateStyle.BRITISH,
    id_prefix="HV",
    source="Child health record",
    author="Health visitor",
)
GP = AgencySpec(
    "GP",
    "Wexcombe Lane Surgery",
    "gp",
    id_prefix="GP",
    source="GP clinical record: consultation",
    author="GP",
)
HOSPITAL = AgencySpec(
    "NGH",
    "Northmoor General Hospital",
    "hospital",
    id_prefix="NGH-",
    source="Hospital electronic patient record",
    author="ED doctor",
)
CAMHS = AgencySpec(
    "CAMHS",
    "Northmoor CAMHS",
    "camhs",
    date_style=DateStyle.SHORT,
    id_prefix="CAMHS-",
    source="CAMHS clinical record",
    author="CAMHS practitioner",
)
PRIMARY_SCHOOL = AgencySpec(
    "OAK",
    "Oakfield Primary School",
    "school",
    date_style=DateStyle.SHORT,
    id_prefix="OAK",
    source="School safeguarding log",
    author="Designated safeguarding lead",
)
SECONDARY_SCHOOL = AgencySpec(
    "BVA",
    "Brookvale Academy",
    "school",
    date_style=DateStyle.SHORT,
    id_prefix="BVA-",
    source="School safeguarding log",
    author="Designated safeguarding lead",
)
ADULT_MENTAL_HEALTH = AgencySpec(
    "AMH",
    "Northmoor Adult Community Mental Health Team",
    "adult_mental_health",
    id_prefix="AMH",
    source="Adult mental health record",
    author="Community psychiatric nurse",
)
SUBSTANCE_MISUSE = AgencySpec(
    "DAS",
    "Northmoor Drug and Alcohol Service",
    "substance_misuse_service",
    id_prefix="DAS",
    source="Drug and alcohol service record",
    author="Recovery worker",
)
HOUSING = AgencySpec(
    "HSG",
    "Northmoor Homes",
    "housing",
    id_prefix=None,  # the housing export carries no entry references: the reader makes them
    source="Tenancy management system",
    author="Housing officer",
)

# Health and social care records carry NHS numbers; schools, police and housing do not.
HOLDS_NHS_NUMBERS = frozenset(
    a.code
    for a in (
        CSC,
        EARLY_HELP,
        HEALTH_VISITING,
        GP,
        HOSPITAL,
        CAMHS,
        ADULT_MENTAL_HEALTH,
        SUBSTANCE_MISUSE,
    )
)
