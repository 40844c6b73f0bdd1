"""The vocabulary of English children's services, as enumerations.

Codes are exactly those of ``bundle-format.md``; the code reads in them.
"""

from enum import StrEnum


class AgencyKind(StrEnum):
    CHILDREN_SOCIAL_CARE = "children_social_care"
    EARLY_HELP = "early_help"
    HEALTH_VISITING = "health_visiting"
    MIDWIFERY = "midwifery"
    GP = "gp"
    HOSPITAL = "hospital"
    AMBULANCE = "ambulance"
    COMMUNITY_PAEDIATRICS = "community_paediatrics"
    CAMHS = "camhs"
    SCHOOL_NURSING = "school_nursing"
    SCHOOL = "school"
    EARLY_YEARS = "early_years"
    EDUCATION_WELFARE = "education_welfare"
    POLICE = "police"
    HOUSING = "housing"
    PROBATION = "probation"
    YOUTH_JUSTICE = "youth_justice"
    ADULT_MENTAL_HEALTH = "adult_mental_health"
    SUBSTANCE_MISUSE_SERVICE = "substance_misuse_service"
    ADULT_SOCIAL_CARE = "adult_social_care"
    LEARNING_DISABILITY_SERVICE = "learning_disability_service"
    LEGAL = "legal"
    VOLUNTARY = "voluntary"
    OTHER = "other"


ADULT_SERVICE_KINDS = frozenset(
    {
        AgencyKind.ADULT_MENTAL_HEALTH,
        AgencyKind.SUBSTANCE_MISUSE_SERVICE,
        AgencyKind.ADULT_SOCIAL_CARE,
        AgencyKind.LEARNING_DISABILITY_SERVICE,
    }
)


class EventType(StrEnum):
    # Children's social care and multi-agency process
    REFERRAL = "referral"
    REFERRAL_DECISION = "referral_decision"
    NO_FURTHER_ACTION = "no_further_action"
    EARLY_HELP_ASSESSMENT = "early_help_assessment"
    ASSESSMENT = "assessment"
    PRE_BIRTH_ASSESSMENT = "pre_birth_assessment"
    STRATEGY_DISCUSSION = "strategy_discussion"
    SECTION_47_ENQUIRY = "section_47_enquiry"
    CHILD_PROTECTION_CONFERENCE = "child_protection_conference"
    CHILD_PROTECTION_PLAN = "child_protection_plan"
    CHILD_IN_NEED_PLAN = "child_in_need_plan"
    LOOKED_AFTER = "looked_after"
    PLACEMENT = "placement"
    CARE_PLAN_REVIEW = "care_plan_review"
    CASE_CLOSED = "case_closed"
    HOME_VISIT = "home_visit"
    NO_ACCESS_VISIT = "no_access_visit"
    OFFICE_CONTACT = "office_contact"
    PHONE_CONTACT = "phone_contact"
    MULTI_AGENCY_MEETING = "multi_agency_meeting"
    MARAC = "marac"
    SUPERVISION = "supervision"
    MERGED_CHRONOLOGY = "merged_chronology"
    NOTE = "note"
    # Health
    PREGNANCY_BOOKING = "pregnancy_booking"
    ANTENATAL_CONTACT = "antenatal_contact"
    BIRTH = "birth"
    HEALTH_CONTACT = "health_contact"
    ED_ATTENDANCE = "ed_attendance"
    HOSPITAL_ADMISSION = "hospital_admission"
    PAEDIATRIC_ASSESSMENT = "paediatric_assessment"
    WAS_NOT_BROUGHT = "was_not_brought"
    DID_NOT_ATTEND = "did_not_attend"
    CANCELLED_APPOINTMENT = "cancelled_appointment"
    INJURY = "injury"
    SELF_HARM = "self_harm"
    SELF_HARM_RISK_ASSESSMENT = "self_harm_risk_assessment"
    MENTAL_HEALTH_ASSESSMENT = "mental_health_assessment"
    SEXUAL_HEALTH_CONTACT = "sexual_health_contact"
    # Police and justice
    DOMESTIC_ABUSE_INCIDENT = "domestic_abuse_incident"
    MISSING_EPISODE = "missing_episode"
    POLICE_WELFARE_CHECK = "police_welfare_check"
    ARREST = "arrest"
    OFFENCE = "offence"
    # Education
    SCHOOL_ABSENCE = "school_absence"
    EXCLUSION = "exclusion"
    EDUCATION_CONCERN = "education_concern"
    ELECTIVE_HOME_EDUCATION = "elective_home_education"
    # Life events
    BEREAVEMENT = "bereavement"
    JOINED_HOUSEHOLD = "joined_household"
    LEFT_HOUSEHOLD = "left_household"
    ADDRESS_CHANGE = "address_change"
    HOMELESSNESS = "homelessness"
    # Parents and adult services
    PARENTAL_FACTOR = "parental_factor"
    ADULT_SERVICES_CONTACT = "adult_services_contact"
    REFERRAL_TO_ADULT_SERVICES = "referral_to_adult_services"
    # Exploitation and engagement
    CSE_INDICATOR = "cse_indicator"
    CSE_SCREENING = "cse_screening"
    HARD_TO_REACH_REFERRAL = "hard_to_reach_referral"
    # Information sharing and challenge
    INFORMATION_REQUEST = "information_request"
    INFORMATION_SHARED = "information_shared"
    INFORMATION_SHARING_REFUSED = "information_sharing_refused"
    PROFESSIONAL_DISAGREEMENT = "professional_disagreement"
    ESCALATION = "escalation"
    DISAGREEMENT_RESOLVED = "disagreement_resolved"
    # Concerns
    CONCERN = "concern"
    NEGLECT_CONCERN = "neglect_concern"
    BEHAVIOUR_CONCERN = "behaviour_concern"
    DISCLOSURE = "disclosure"


# Entries that happen to one person: with blank ``subjects`` and non-blank ``people``
# they are about those people, not every subject child (bundle-format.md, events).
PERSONAL_EVENT_TYPES = frozenset(
    {
        EventType.SELF_HARM,
        EventType.INJURY,
        EventType.WAS_NOT_BROUGHT,
        EventType.DID_NOT_ATTEND,
        EventType.PARENTAL_FACTOR,
        EventType.PREGNANCY_BOOKING,
        EventType.ANTENATAL_CONTACT,
        EventType.BIRTH,
        EventType.SEXUAL_HEALTH_CONTACT,
        EventType.MISSING_EPISODE,
        EventType.CSE_INDICATOR,
        EventType.EXCLUSION,
        EventType.SCHOOL_ABSENCE,
    }
)


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"
    UNKNOWN = "unknown"


class RelationshipKind(StrEnum):
    PARENT = "parent"
    STEP_PARENT = "step_parent"
    PARTNER = "partner"
    SIBLING = "sibling"
    HALF_SIBLING = "half_sibling"
    GRANDPARENT = "grandparent"
    CARER = "carer"
    LIVES_WITH = "lives_with"
    OTHER = "other"


class ChildSeen(StrEnum):
    NO = "no"
    YES = "yes"
    ALONE = "alone"


class ChildViews(StrEnum):
    YES = "yes"
    OBSERVED = "observed"
    NO = "no"


class RiskLevel(StrEnum):
    LOW = "low"
    RAISED = "raised"  # "medium" is read as raised
    HIGH = "high"


class Category(StrEnum):
    NEGLECT = "neglect"
    PHYSICAL = "physical"
    SEXUAL = "sexual"
    EMOTIONAL = "emotional"
    MULTIPLE = "multiple"


class Mobility(StrEnum):
    NOT_MOBILE = "not_mobile"
    ROLLING = "rolling"
    CRAWLING = "crawling"
    CRUISING = "cruising"
    WALKING = "walking"


class Status(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
