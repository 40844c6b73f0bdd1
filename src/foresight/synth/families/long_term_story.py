"""The Farrowby family's key episodes, 2010 to 2016, as the agencies wrote them.

What the record shows, by the rules of ``learning-points.md``:

- PR5 raised: the GP records Kerry-Ann's depression (4B) in March 2011 and no adult service
  hears of it (later needs, Dale's alcohol in 2013 and Kerry-Ann's in 2015, are met in time);
- SCR4 raised: the October 2014 assessment of Jayden never considers Chantelle or Mason;
- PR1 raised: "Kyle" joins the household in October 2015, known only by his first name;
- NAT2 passed: Mason's bruises at 3 months are referred and medically assessed the same day;
- SCR6 passed: Chantelle's two self-harm episodes in 2016 are risk-assessed in time, with the
  mental health assessment the risk level calls for.
"""

from __future__ import annotations

from foresight.synth.build import day
from foresight.synth.families.long_term_people import (
    CHANTELLE,
    DALE,
    JAYDEN,
    KERRY,
    LEE,
    MASON,
)
from foresight.synth.spec import Entry

C, J, M, K = CHANTELLE, JAYDEN, MASON, KERRY
ALL_CSC = f"{C['CSC']};{J['CSC']};{M['CSC']}"
ALL_POL = f"{C['POL']};{J['POL']};{M['POL']}"


def _both(agency: str, *people: dict[str, str]) -> str:
    return ";".join(p[agency] for p in people)


EARLY_YEARS = (
    Entry(
        "CSC",
        "early 2010",
        "concern",
        "Anonymous caller: the children are left alone in the evenings. Date of call not "
        "recorded; entered from the paper contact sheet.",
        "Checks with school: no concerns about attendance or presentation. No further action.",
        subjects=_both("CSC", C, J),
        author="Duty social worker",
    ),
    Entry(
        "CSC",
        day("2010-02-15"),
        "left_household",
        "Mother reports that Lee Stannard has left the family home after they separated.",
        "Noted.",
        subjects=_both("CSC", C, J),
        people=LEE["CSC"],
        author="Duty social worker",
    ),
    Entry(
        "POL",
        day("2010-03-20"),
        "domestic_abuse_incident",
        "Ex-partner Lee Stannard attended the address demanding to see the children; "
        "argument on the doorstep. Children inside with mother. Lee left on request.",
        "DASH: standard. Words of advice to Lee. Child notification to CSC.",
        subjects=_both("POL", C, J),
        people=f"{K['POL']};{LEE['POL']}",
        time="19:40",
        event_id="OCC/10/03311",
    ),
    Entry(
        "CSC",
        day("2010-03-24"),
        "referral_decision;no_further_action",
        "Police child notification reviewed: single incident, Lee has moved out.",
        "No further action; information to school.",
        subjects=_both("CSC", C, J),
        relates_to="POL:OCC/10/03311",
        author="MASH team manager",
    ),
    Entry(
        "GP",
        "Jan 2011",
        "health_contact",
        "Kerry-Ann: tired all the time, bloods taken. (Entry transcribed from a scanned "
        "letter; exact date not recorded.)",
        "Bloods normal.",
        people=K["GP"],
    ),
    Entry(
        "GP",
        day("2011-03-08"),
        "parental_factor",
        "Kerry-Ann: low mood since separation, poor sleep, PHQ-9 17. No thoughts of "
        "self-harm; says the children 'keep her going'.",
        "Citalopram 20mg started. Review in 4 weeks. Talking therapies not discussed.",
        people=K["GP"],
        factors="4B",
    ),
    Entry(
        "HSG",
        day("2011-04-04"),
        "joined_household",
        "Tenant reports that her partner Dale Pike is moving in; household composition "
        "form updated.",
        "Tenancy record amended.",
        people=DALE["HSG"],
    ),
    Entry(
        "GP",
        day("2011-04-12"),
        "health_contact",
        "Kerry-Ann: medication review. Mood 'a bit better'.",
        "Continue citalopram.",
        people=K["GP"],
    ),
    Entry(
        "NGH",
        day("2011-12-05"),
        "pregnancy_booking",
        "Booking appointment, second trimester not yet reached. Partner Dale attended.",
        "Routine antenatal care; no safeguarding concerns identified at booking.",
        people=K["NGH"],
        gestation_weeks="11+4",
        author="Community midwife",
    ),
    Entry(
        "NGH",
        day("2012-03-19"),
        "antenatal_contact",
        "Antenatal check at 26 weeks. Growth on track.",
        "",
        people=K["NGH"],
        gestation_weeks="26+3",
        author="Community midwife",
    ),
)

BABY = (
    Entry(
        "NGH",
        day("2012-07-04"),
        "birth",
        "Normal delivery at 39+2. Baby boy, Mason, 3.41kg.",
        "Discharged day 2.",
        subjects=M["NGH"],
        people=K["NGH"],
        author="Midwife",
    ),
    Entry(
        "HV",
        day("2012-07-16"),
        "home_visit",
        "New birth visit. Mason feeding well (formula). Mother, Dale and both older "
        "children present. Safe sleep advice given.",
        "Universal pathway.",
        subjects=M["HV"],
        people=f"{K['HV']};{DALE['HV']}",
        child_seen="yes",
        mobility="not_mobile",
    ),
    Entry(
        "HV",
        day("2012-10-24"),
        "home_visit;injury;referral",
        "Two fingertip-sized bruises to Mason's left upper arm. Mother unsure how they "
        "happened; suggested Jayden 'is rough with him'. Mason not yet rolling.",
        "Referral to MASH by phone at 11:40, confirmed in writing. Mother agreed to take "
        "Mason to the paediatric assessment unit this afternoon.",
        subjects=M["HV"],
        people=K["HV"],
        time="10:15",
        child_seen="yes",
        mobility="not_mobile",
        to_agency="CSC",
        event_id="HV2012-118",
    ),
    Entry(
        "CSC",
        day("2012-10-24"),
        "strategy_discussion",
        "Strategy discussion: CSC, police, health visitor, paediatric registrar. All three "
        "children discussed; Chantelle and Jayden to be seen at school tomorrow.",
        "Section 47 enquiry for all three children.",
        subjects=ALL_CSC,
        agencies_involved="CSC;POL;HV;NGH",
        relates_to="HV:HV2012-118",
        time="14:00",
    ),
    # The police's own record of the same strategy discussion: the merged chronology shows the
    # two as one happening with both sources (issue 4), and counting counts it once.
    Entry(
        "POL",
        day("2012-10-24"),
        "strategy_discussion",
        "Strategy discussion with CSC, health visitor and paediatric registrar about all three "
        "children. Chantelle and Jayden to be seen at school tomorrow.",
        "Joint section 47 enquiry agreed; police to check records of both adults.",
        subjects=ALL_POL,
        agencies_involved="CSC;POL;HV;NGH",
        time="14:00",
    ),
    Entry(
        "NGH",
        day("2012-10-24"),
        "paediatric_assessment",
        "Child protection medical. Two 1cm oval bruises, left upper arm, in keeping with "
        "grip marks. No other injuries. Skeletal survey and bloods arranged.",
        "Unexplained bruising in a non-mobile infant: report to CSC.",
        subjects=M["NGH"],
        time="16:30",
        author="Consultant paediatrician",
    ),
    Entry(
        "CSC",
        day("2012-10-25"),
        "section_47_enquiry",
        "Section 47 enquiry. Chantelle and Jayden seen alone at school; Mason seen at home "
        "with mother and Dale. Skeletal survey normal.",
        "Completed 15/11/2012: bruising unexplained; single episode; parents engaging. "
        "Child in need plan for all three children.",
        subjects=ALL_CSC,
        participants=f"{ALL_CSC};{K['CSC']};{DALE['CSC']}",
        end_date=day("2012-11-15"),
        child_seen="alone",
        child_views="yes",
        agencies_involved="CSC;POL;HV;NGH;OAK",
    ),
    Entry(
        "CSC",
        day("2012-11-21"),
        "child_in_need_plan",
        "Child in need plan agreed for Chantelle, Jayden and Mason.",
        "Plan: health visitor weekly, parenting course, social worker visits monthly.",
        subjects=ALL_CSC,
        participants=f"{K['CSC']};{DALE['CSC']}",
        end_date=day("2013-06-27"),
        agencies_involved="CSC;HV;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2013-01-15"),
        "multi_agency_meeting",
        "Child in need review. All three children doing well; Mason gaining weight.",
        "Continue plan.",
        subjects=ALL_CSC,
        participants=K["CSC"],
        agencies_involved="CSC;HV;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2013-04-09"),
        "multi_agency_meeting",
        "Child in need review. Dale has been drinking more; mother worried about money.",
        "Continue plan; Dale to be offered the drug and alcohol service.",
        subjects=ALL_CSC,
        participants=f"{K['CSC']};{DALE['CSC']}",
        agencies_involved="CSC;HV;OAK;GP",
    ),
    Entry(
        "CSC",
        day("2013-05-14"),
        "parental_factor",
        "Dale says he drinks six to eight cans most nights and more at weekends.",
        "Referred to the drug and alcohol service with his agreement.",
        people=DALE["CSC"],
        factors="1B",
    ),
    Entry(
        "DAS",
        day("2013-05-20"),
        "adult_services_contact",
        "Initial assessment. AUDIT score 24. Wants to cut down 'for the kids'.",
        "Key worker allocated; weekly sessions.",
        people=DALE["DAS"],
    ),
    Entry(
        "CSC",
        day("2013-06-27"),
        "case_closed",
        "Child in need plan ended: goals met; the family agreed to close.",
        "Closed to CSC; health visiting continues.",
        subjects=ALL_CSC,
    ),
)
