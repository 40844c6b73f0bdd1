"""The Farrowby family's key episodes, 2014 to 2016 (continued from ``long_term_story``)."""

from __future__ import annotations

from foresight.synth.build import day
from foresight.synth.families.long_term_people import (
    CHANTELLE,
    DALE,
    JAYDEN,
    KERRY,
    KYLE,
)
from foresight.synth.families.long_term_story import ALL_CSC, ALL_POL
from foresight.synth.spec import Entry

C, J, K = CHANTELLE, JAYDEN, KERRY

DALE_LEAVES = (
    Entry(
        "POL",
        day("2014-02-08"),
        "domestic_abuse_incident",
        "Verbal argument between Kerry-Ann and Dale; Dale had been drinking. Children upstairs.",
        "DASH: standard. Child notification to CSC.",
        subjects=ALL_POL,
        people=f"{K['POL']};{DALE['POL']}",
        time="23:05",
        event_id="OCC/14/01288",
    ),
    Entry(
        "CSC",
        day("2014-02-10"),
        "referral_decision;no_further_action",
        "Police notification reviewed. Couple say the argument was a one-off.",
        "No further action; information shared with school and health visitor.",
        subjects=ALL_CSC,
        relates_to="POL:OCC/14/01288",
        author="MASH team manager",
    ),
    Entry(
        "POL",
        day("2014-08-30"),
        "domestic_abuse_incident;arrest",
        "Kerry-Ann punched in the face by Dale in front of the children. Dale arrested at "
        "the scene. Chantelle called 999.",
        "DASH: high. Dale charged with assault; bail conditions not to attend the address. "
        "MARAC referral. Child notification to CSC.",
        subjects=ALL_POL,
        people=f"{K['POL']};{DALE['POL']}",
        time="21:50",
        event_id="OCC/14/08817",
    ),
    Entry(
        "POL",
        day("2014-08-31"),
        "referral",
        "Child notification: high-risk domestic abuse, three children present.",
        "Sent to MASH.",
        subjects=ALL_POL,
        to_agency="CSC",
        author="Public protection unit",
    ),
    Entry(
        "CSC",
        day("2014-09-01"),
        "referral_decision;no_further_action",
        "Police notification reviewed. Dale on bail not to attend; mother supported by an "
        "IDVA through MARAC.",
        "No further action for CSC; MARAC to oversee safety plan.",
        subjects=ALL_CSC,
        relates_to="POL:OCC/14/08817",
        author="MASH team manager",
    ),
    Entry(
        "CSC",
        day("2014-09-15"),
        "left_household",
        "Mother confirms that Dale has moved out permanently.",
        "Noted.",
        subjects=ALL_CSC,
        people=DALE["CSC"],
    ),
)

JAYDEN_ASSESSED = (
    Entry(
        "OAK",
        day("2014-09-22"),
        "behaviour_concern",
        "Jayden hit two children at lunch and threw a chair in class. Said 'Dale hurt "
        "mummy' when calm.",
        "Parents informed; DSL to consider referral.",
        subjects=J["OAK"],
    ),
    Entry(
        "OAK",
        day("2014-09-29"),
        "referral",
        "Referral: Jayden's behaviour since the domestic abuse in August.",
        "Referral form sent to MASH.",
        subjects=J["OAK"],
        to_agency="CSC",
    ),
    Entry(
        "CSC",
        day("2014-10-01"),
        "referral_decision",
        "School referral reviewed: child and family assessment of Jayden.",
        "Allocated to a social worker.",
        subjects=J["CSC"],
    ),
    Entry(
        "CSC",
        day("2014-10-06"),
        "assessment",
        "Child and family assessment of Jayden: behaviour since witnessing domestic abuse.",
        "Completed 21/11/2014: Jayden's behaviour is linked to what he saw in August; play "
        "therapy through school; no further CSC involvement needed.",
        subjects=J["CSC"],
        participants=f"{J['CSC']};{K['CSC']}",
        end_date=day("2014-11-21"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;OAK",
    ),
    Entry(
        "CSC",
        day("2014-10-14"),
        "home_visit",
        "Home visit. Jayden seen alone in his room: says he misses Dale but is glad the "
        "shouting stopped. Chantelle at a friend's; Mason asleep.",
        "Play therapy referral to be made by school.",
        subjects=J["CSC"],
        participants=f"{J['CSC']};{K['CSC']}",
        child_seen="alone",
        child_views="yes",
    ),
    Entry(
        "CSC",
        day("2014-11-24"),
        "case_closed",
        "Assessment completed; case closed.",
        "Closed; school support continues.",
        subjects=J["CSC"],
    ),
)

KYLE_ARRIVES = (
    Entry(
        "HSG",
        day("2015-10-12"),
        "joined_household",
        "Tenant reports that her new partner 'Kyle' has moved in. She did not give his "
        "surname or date of birth.",
        "Household composition form sent; not returned.",
        people=KYLE["HSG"],
    ),
    Entry(
        "GP",
        day("2015-11-03"),
        "parental_factor",
        "Kerry-Ann: low mood has returned, panic attacks, PHQ-9 21; drinking 'to sleep'. "
        "No thoughts of harming herself or the children.",
        "Urgent referral to the community mental health team today.",
        people=K["GP"],
        factors="4B;1B",
    ),
    Entry(
        "GP",
        day("2015-11-03"),
        "referral_to_adult_services",
        "Urgent referral to the community mental health team.",
        "Referral sent.",
        people=K["GP"],
        to_agency="AMH",
    ),
    Entry(
        "AMH",
        day("2015-11-17"),
        "adult_services_contact",
        "Initial assessment at home. Moderate to severe depression; alcohol use discussed.",
        "Care coordinator allocated; fortnightly visits.",
        people=K["AMH"],
    ),
    Entry(
        "POL",
        day("2015-12-19"),
        "domestic_abuse_incident",
        "Shouting heard by neighbours. Male known only as 'Kyle' left before officers "
        "arrived; Kerry-Ann would not give his surname. Three children in the house.",
        "DASH: medium. Child notification to CSC.",
        subjects=ALL_POL,
        people=f"{K['POL']};{KYLE['POL']}",
        time="00:20",
        event_id="OCC/15/12004",
    ),
    Entry(
        "CSC",
        day("2015-12-22"),
        "referral_decision;no_further_action",
        "Police notification reviewed. Mother says Kyle has gone and will not be back.",
        "No further action; information to school and health visitor.",
        subjects=ALL_CSC,
        relates_to="POL:OCC/15/12004",
        author="MASH team manager",
    ),
)

CHANTELLE_SELF_HARMS = (
    Entry(
        "NGH",
        day("2016-03-11"),
        "ed_attendance;self_harm",
        "Chantelle (13) brought by mother: cuts to left forearm with a razor blade after "
        "an argument at home. Wounds superficial.",
        "Steri-strips. Discharged with mother. CAMHS referral for a risk assessment; ED "
        "safeguarding notification to CSC.",
        subjects=C["NGH"],
        people=K["NGH"],
        time="21:15",
    ),
    Entry(
        "NGH",
        day("2016-03-12"),
        "information_shared",
        "ED safeguarding notification sent: 13-year-old attended after self-harm.",
        "",
        subjects=C["NGH"],
        to_agency="CSC;CAMHS",
        author="ED safeguarding nurse",
    ),
    Entry(
        "CAMHS",
        day("2016-03-14"),
        "self_harm_risk_assessment",
        "Seen with mother, then alone. Cutting for 3 months, hidden; low mood; arguments "
        "with mother's partner. No suicidal plans.",
        "Raised risk: specialist assessment this week; safety plan agreed.",
        subjects=C["CAMHS"],
        risk_level="raised",
    ),
    Entry(
        "CSC",
        day("2016-03-15"),
        "referral_decision;no_further_action",
        "ED notification reviewed. CAMHS seen Chantelle and are assessing.",
        "No further action; CAMHS to inform CSC of any escalation.",
        subjects=C["CSC"],
    ),
    Entry(
        "CAMHS",
        day("2016-03-17"),
        "mental_health_assessment",
        "Specialist assessment: moderate depression; trauma symptoms linked to domestic "
        "abuse. Chantelle would like help.",
        "Weekly therapy offered.",
        subjects=C["CAMHS"],
        author="CAMHS clinical psychologist",
    ),
    Entry(
        "BVA",
        day("2016-09-13"),
        "self_harm",
        "Chantelle showed the DSL fresh cuts to her thighs; says things at home are 'bad' "
        "since Kyle came back.",
        "DSL phoned the CAMHS crisis line and mother.",
        subjects=C["BVA"],
        time="11:20",
    ),
    Entry(
        "CAMHS",
        day("2016-09-13"),
        "self_harm_risk_assessment",
        "Crisis team saw Chantelle at school. Deeper cuts; thoughts of ending her life "
        "this week without a plan.",
        "High risk: crisis mental health assessment today.",
        subjects=C["CAMHS"],
        risk_level="high",
        time="14:00",
        author="CAMHS crisis team",
    ),
    Entry(
        "CAMHS",
        day("2016-09-13"),
        "mental_health_assessment",
        "Crisis mental health assessment. Safe to go home with mother and daily contact.",
        "Home treatment: daily visits for a week. Safeguarding referral to CSC.",
        subjects=C["CAMHS"],
        time="16:30",
        author="CAMHS crisis team",
    ),
)

PROTECTION = (
    Entry(
        "BVA",
        day("2016-09-14"),
        "referral",
        "Referral: Chantelle's self-harm and her account of home since Kyle returned.",
        "Referral form sent to MASH.",
        subjects=C["BVA"],
        to_agency="CSC",
        event_id="",
    ),
    Entry(
        "CSC",
        day("2016-09-16"),
        "strategy_discussion",
        "Strategy discussion for all three children: CSC, police, school, CAMHS.",
        "Section 47 enquiries for Chantelle, Jayden and Mason.",
        subjects=ALL_CSC,
        agencies_involved="CSC;POL;BVA;CAMHS",
    ),
    Entry(
        "CSC",
        day("2016-09-19"),
        "section_47_enquiry",
        "Section 47 enquiries. All three children seen alone (Mason observed at nursery). "
        "Kyle not present; mother says he visits 'sometimes'.",
        "Completed 14/10/2016: initial child protection conference for all three.",
        subjects=ALL_CSC,
        participants=f"{ALL_CSC};{K['CSC']}",
        end_date=day("2016-10-14"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;POL;BVA;OAK;CAMHS",
    ),
    Entry(
        "CSC",
        day("2016-10-27"),
        "child_protection_conference",
        "Initial child protection conference. Kyle did not attend (not invited: identity "
        "and whereabouts unknown).",
        "Child protection plans for Chantelle, Jayden and Mason: emotional abuse.",
        subjects=ALL_CSC,
        participants=K["CSC"],
        agencies_involved="CSC;POL;BVA;OAK;CAMHS;GP;HV;AMH;HSG",
        reason="Kyle not invited: identity and address unknown",
    ),
    Entry(
        "CSC",
        day("2016-10-27"),
        "child_protection_plan",
        "Child protection plans start.",
        "Core group to meet within 10 working days.",
        subjects=ALL_CSC,
        category="emotional",
        agencies_involved="CSC;BVA;OAK;HV;CAMHS",
    ),
    Entry(
        "CSC",
        day("2016-11-08"),
        "multi_agency_meeting",
        "First core group. Kyle's identity still not known; police to make enquiries.",
        "Plan reviewed.",
        subjects=ALL_CSC,
        participants=K["CSC"],
        agencies_involved="CSC;BVA;OAK;HV;CAMHS;AMH",
    ),
)

LATER_YEARS = (
    *DALE_LEAVES,
    *JAYDEN_ASSESSED,
    *KYLE_ARRIVES,
    *CHANTELLE_SELF_HARMS,
    *PROTECTION,
)
