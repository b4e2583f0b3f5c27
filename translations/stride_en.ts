<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddPupilsPopup</name>
    <message>
        <source>Who else is in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos, video or audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Stride could not make its folder %1 on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AspectFigures</name>
    <message>
        <source>independent</source>
        <comment>mostly independent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestural prompts</source>
        <comment>mostly gestural prompts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken prompts</source>
        <comment>mostly spoken prompts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical prompts</source>
        <comment>mostly physical prompts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full physical prompts</source>
        <comment>mostly full physical prompts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt levels recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly %1 throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one item so far, done independently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one item so far, with a gestural prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one item so far, with a spoken prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one item so far, with a physical prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one item so far, with a full physical prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 in %3 to mostly %2 since half term.</source>
        <comment>From mostly physical prompts in September to mostly gestural prompts since half term.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 before half term to mostly %2 since half term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 in %3 to mostly %2 in %4.</source>
        <comment>From mostly gestural prompts in November to mostly independent in December.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 in %3 to mostly %2 since %4.</source>
        <comment>%4 is a month or a date: since November, since 28 September</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 between %3 and %4 to mostly %2 in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From mostly %1 between %3 and %4 to mostly %2 since %5.</source>
        <comment>%5 is a month or a date: since November, since 28 September</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentModerationPage</name>
    <message>
        <source>Assessment moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote on this form has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the moderator judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers use this side of the form to provide details relating to one target for one pupil. Please attach any supporting evidence to this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary description of starting point for this assessment window: what could they already do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pupil could do when this term began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision and strategies used: what help have they had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and strategies, who helped and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress evidence provided for moderation: observations, photos, video, evaluations, work, charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached yet. Choose it from this target&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach or take off evidence  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much help was given, across the term, from the evidence&apos;s prompt levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence says how much help was given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other evidence (evaluations, work, charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the moderator should look at (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary description of current abilities with respect to target: what can I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pupil can do now, in the pupil&apos;s voice where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessor&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicate your assessment of the progress made with this target in the assessment section of the form. During moderation meetings, moderators read this side of the paper only, and only look at your assessment after they have first formed their own opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the evidence you have seen and the information provided above, indicate your opinion of the target status in the assessment section below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain your assessment, and detail your conversation with the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw in the evidence, and what you and the assessor said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you agree with the assessor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, what appears to be the source of disagreement? Have either of you changed your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the moderator&apos;s section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor, moderator and SLT each circle a number. If you change your mind, your first number is crossed out and the new one circled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the assessor&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of judging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the assessor and moderator agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed their mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on evidence and explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT final decision on target status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final target status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out once the final status is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down or Same: the final status against the assessor&apos;s first judgement. Stride works it out; nobody types it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SLT section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assessment week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet judged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision map for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to show with this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets in this class this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap “All” to see every pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets appear here once the class&apos;s plans are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no class to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office adds staff to classes. Senior leaders can look at any class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation meeting  ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingRepliesPage</name>
    <message>
        <source>Replies not back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply from %1&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlindOrder</name>
    <message>
        <source>The moderator has not judged this target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blind: the assessor&apos;s judgement was shown to the moderator on %1, before they had judged the target themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator judged on %1. When they were shown the assessor&apos;s judgement is not recorded: their tablet had an older version of Stride, or it has not been shown to them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blind: the assessor&apos;s judgement was shown to the moderator on %1, before they gave their own on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated blind: the moderator gave their own judgement on %1, before the assessor&apos;s judgement was shown to them on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Choose a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been saved. Nothing about it will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet is nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no camera or microphone Stride can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video file instead. It is copied into Stride; the original is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sound file instead. It is copied into Stride; the original is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file instead. It is copied into Stride; the original is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voice note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a voice note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the button to start a voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No consent for photos, video or voice recordings</source>
        <translation>
            <numerusform>No consent for photos, video or voice recordings</numerusform>
            <numerusform>Some pupils have no consent for photos, video or voice recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an observation instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 is kept. Carry on tagging it, or take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly full. Sync soon; long videos may stop early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassListPage</name>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has evidence this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) with no evidence yet this term</source>
        <translation>
            <numerusform>%n pupil has no evidence yet this term</numerusform>
            <numerusform>%n pupils have no evidence yet this term</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not in any class yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office to add you to the classes you work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-school analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next term&apos;s ILPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end class move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; replies not back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter to parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ILP documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassMove</name>
    <message>
        <source>Leaves: chosen by SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the last term of the school year: pupils move up to their new classes at the end of the summer term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves: Year %1 is the school&apos;s last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays: %1 has no next class set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s class or year has changed since this preview (moved on another tablet, or already moved). Nothing was saved: look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved up a year; %2 leaving at the end of term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassMovePage</name>
    <message>
        <source>Year-end class move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every pupil to their new class now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this once, at the end of the summer term: every pupil goes up a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pupil moves up a year to their class&apos;s next class. A class with no next class keeps its pupils; pupils in the school&apos;s last year leave. Change any pupil&apos;s destination below, then move everyone at once. Their ILPs, evidence and judgements go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each class moves up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move everyone to their new classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For senior leaders and the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leaders or the office move pupils to their new classes at the end of the summer term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap everyone who is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>Group evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pupils in this class yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils appear here when the office adds them to the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) chosen</source>
        <translation>
            <numerusform>%n pupil chosen</numerusform>
            <numerusform>%n pupils chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentCheck</name>
    <message>
        <source>%1 and %2</source>
        <comment>a list of names: &quot;Alfie, Ruby&quot; and &quot;Amira&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this video.</source>
        <comment>%1 is one name or a list of names</comment>
        <translation>
            <numerusform>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this video.</numerusform>
            <numerusform>%1 have no consent for photos, video or voice recordings. Record a written observation instead, or leave those pupils out of this video.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this voice note.</source>
        <comment>%1 is one name or a list of names</comment>
        <translation>
            <numerusform>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this voice note.</numerusform>
            <numerusform>%1 have no consent for photos, video or voice recordings. Record a written observation instead, or leave those pupils out of this voice note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this photo.</source>
        <comment>%1 is one name or a list of names</comment>
        <translation>
            <numerusform>%1 has no consent for photos, video or voice recordings. Record a written observation instead, or leave them out of this photo.</numerusform>
            <numerusform>%1 have no consent for photos, video or voice recordings. Record a written observation instead, or leave those pupils out of this photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be shared with parents: consent for %1 does not allow it. Keep it internal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetter</name>
    <message>
        <source>he</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>his</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has %1, which Stride cannot fill in. Correct it or take it out; the fields Stride knows are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has %1, which Stride cannot fill in. Correct them or take them out; the fields Stride knows are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;DATE&gt;

Dear parent or carer of &lt;FIRST NAME&gt;,

&lt;FIRST NAME&gt;&apos;s progress report for &lt;OLD TERM&gt;

With this letter is &lt;FIRST NAME&gt;&apos;s progress report. Every term, &lt;FIRST NAME&gt;&apos;s class team looks carefully at how &lt;HE/SHE&gt; has got on with each of &lt;HIS/HER&gt; targets in the four areas of learning, and sets new targets for next term. The report shows what &lt;FIRST NAME&gt; has achieved this term and the new targets &lt;HE/SHE&gt; will be working on in &lt;NEW TERM&gt;.

You know &lt;FIRST NAME&gt; better than anyone, and we would like to know what you think of the new targets. Please fill in the reply slip at the end of the report: tick the box if you are happy with the new targets, or write your comments if you would like anything changed or have something you would like us to know. Please send the slip back to school in &lt;FIRST NAME&gt;&apos;s bag by &lt;RETURN BY&gt;.

If you would like to talk about the report, please contact the &lt;CLASS&gt; class team or the school office. We are always happy to hear from you.

Thank you for your support,

The &lt;CLASS&gt; class team
&lt;SCHOOL&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetterPage</name>
    <message>
        <source>Cover letter to parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the cover letter have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Stride&apos;s suggested letter. Change it to your school&apos;s own words and save it: every progress report printed after that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every progress report printed goes home with this letter, filled in for each pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a senior leader or the office can change the school&apos;s cover letter. This is the letter that goes home now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear parent or carer of &lt;FIRST NAME&gt;, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a field to put it where the cursor is. Stride fills it in for each pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a family will read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a family will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Stride&apos;s suggested letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file does not start with the SQLite header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence store on this tablet is damaged and could not be moved aside. Nothing has been deleted. Please ask your school&apos;s IT support to look at %1 before you record anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence store on this tablet is damaged, so Stride has moved it aside (it is kept, not deleted, as %1) and can start with a fresh one. Evidence that had already synced is safe on the school&apos;s store. Tell your school&apos;s IT support so they can try to recover anything recorded since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride cannot read its evidence store on this tablet. Nothing has been changed. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence on this tablet was saved by a newer version of Stride. It has been left exactly as it is. Please update Stride to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File schema version %1; this build reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not open its evidence store. The tablet may be out of space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not prepare its evidence store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not update its evidence store to this version. Nothing has been lost; the store is as it was. The tablet may be out of space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet are locked, and the key that opens them is no longer on this tablet, so they cannot be opened again. Nothing has been deleted. Everything that had synced is safe on the school&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is encrypted and no database key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet are locked with a different key from the one this tablet holds, so Stride cannot open them. They are not damaged, and nothing has been changed or deleted. Please ask your school&apos;s IT support for help before you record anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key does not match the store&apos;s key check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not open its evidence store. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not finish protecting the evidence store on this tablet. Nothing has been lost. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with neither the SQLite header nor Stride&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not protect the evidence store on this tablet, so it has been left as it was and nothing has been lost. The tablet may be out of space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPage</name>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a fresh store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your school&apos;s IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved aside to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this tablet again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedEvidenceCard</name>
    <message>
        <source>Restore asked for: it comes back at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedEvidenceList</name>
    <message>
        <source>Only the assessment lead or SLT restore deleted evidence. Ask one of them if it should come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence is no longer deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to restore it could not be saved on this tablet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedEvidencePage</name>
    <message>
        <source>Deleted evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes back to the pupil&apos;s evidence on every tablet when this tablet next syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence deleted on any tablet, newest first. Restore brings an item back with its pupils, targets and recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence anyone deletes is listed here, so you can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceFiles</name>
    <message>
        <source>%1 could not be removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s key could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>Stride could not prepare the key to this tablet&apos;s records. Nothing has been changed. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride cannot read the key to this tablet&apos;s records, so it cannot open them. Nothing has been changed. Restart the tablet and open Stride again; if this goes on, ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to this tablet&apos;s records is damaged, so Stride cannot open them. Nothing has been changed. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride keeps the key to this tablet&apos;s records in the tablet&apos;s keystore, and cannot reach it. Nothing has been changed. Restart the tablet and open Stride again; if this goes on, ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet no longer has the key to its records (the tablet may have been reset), so they cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not keep a new key for this tablet&apos;s records, so it cannot open them. Nothing has been changed. The tablet may be out of space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSecret</name>
    <message>
        <source>This tablet&apos;s key is not available, so nobody can sign in on it. Please ask your school&apos;s IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>There is not enough room on the disk in %1 for the documents: nothing was saved. Free some space, or choose another place, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride may not save files in %1: nothing was saved. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2 (%3): nothing was saved. Try again, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - ILP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - Progress report %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That term is not on this device: choose one of the school&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That pupil is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class is not on this device: choose one of the school&apos;s classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pupils in %1 on this device, so nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so nothing was saved. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled after %1 of %2 had been printed: nothing was saved. Start again to print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s documents were not printed: see what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 could be printed: see the list of what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place (%2): %3 of the %4 files were saved. Try again, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 ILPs and progress reports of %2 of %3 in %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 ILPs of %2 of %3 in %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1&apos;s %2 ILP and progress report to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1&apos;s %2 ILP to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil was not printed: see what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils were not printed: see what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil&apos;s new targets are not final yet: their documents were printed, and they are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils&apos; new targets are not final yet: their documents were printed, and they are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueItems</name>
    <message>
        <source>Assessment week starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 1 target judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 targets judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence for 1 target is thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence for %2 targets is thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 form to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forms to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 awaiting your final word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no class has chosen its sample yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose your class&apos;s sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP documents go home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every pupil&apos;s new targets are final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 pupil not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pupils not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision maps due by the end of term (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every pupil&apos;s interventions are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 pupil without interventions written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pupils without interventions written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; replies: every family has replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; replies: 1 family has not replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; replies: %1 families have not replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every agreed target is in %2&apos;s ILPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 agreed target to carry into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 agreed targets to carry into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils move up to their new classes %1: check who goes where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s Stride data has been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tablet to your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school office gives you the store&apos;s address and a one-time code. The code works once, within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School store address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://stride.school.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it anyway: IT support says this network is closed to anyone outside the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCDE-23456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school will call this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oak class iPad 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has its own certificate, which only the school can vouch for. Compare its fingerprint with the one the office printed for the store. If any pair is different, do not connect: tell IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair is the same as on the office&apos;s printout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDeleteRule</name>
    <message>
        <source>Only the person who captured this evidence, a teacher of the pupil&apos;s class or a senior leader can delete it. Ask one of them if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who captured this evidence, a teacher of the pupil&apos;s class or a senior leader can remove a pupil, target or recording from it. Ask one of them to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDetailPage</name>
    <message>
        <source>Delete this %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photo full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap to enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching it from the school&apos;s store… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not on this tablet. It is kept safely in the school&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, captured by %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes from %1&apos;s evidence on every tablet. Only the assessment lead or SLT can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFilters</name>
    <message>
        <source>Every target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any help given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSufficiency</name>
    <message>
        <source>There is no evidence for this target yet. You can still judge it, but the judgement will rest on memory alone: ask the class team to capture it in the next lessons that practise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the evidence says where it happened. Tag the setting when you capture, so that a skill shown in different places counts as generalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the evidence is from one setting (%1). Look for the skill in another setting too, such as the hall, the dining room or the community, to show it is generalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the evidence was gathered by one adult, with no one else recorded as present. Ask another member of the class team to capture it too, to show the skill with different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the evidence is from one week (the week of %1). Evidence from several weeks shows the skill is kept up over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded in the last three weeks (the latest is from %1). Capture it again before you judge, so the judgement shows where the pupil is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item records a prompt: none shows the skill done independently. If the target asks for independence, look for a time they do it without help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTimeline</name>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKeyVault</name>
    <message>
        <source>a key file beside the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here to choose. Go up, or open another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormChanges</name>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was amended after the moderator judged it. They judged: “%1”. It now reads: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from Stride after the moderator judged: %1. The form keeps what they saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the form after the moderator judged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached after the moderator judged, so not seen by them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPdf</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment moderation form is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setting moderation form is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs Assessment Moderation Form - %1 - %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs Assessment Moderation Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers use this side of the form to provide details relating to one target for one pupil.
Please attach any supporting evidence to this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of Learning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary description of starting point for this assessment window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could they already do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision and strategies used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help have they had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 item attached: see the evidence pages after this form.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 items attached: see the evidence pages after this form.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress evidence provided for moderation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations? Photo? Video? Evaluations? Work? Charts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary description of current abilities with respect to target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicate your assessment of the progress made with this target in the assessment section of the form below. During moderation meetings, start by showing them this side of the paper only, and then only look at your assessment after they have first formed their own opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the evidence you have seen and your conversation with the assessor, indicate your opinion of the target status in the assessment section below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain your assessment, detail your conversation with the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you agree with the assessor? If not, what appears to be the source of disagreement? Have either of you changed your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor, Moderator and SLT all indicate assessments on this table by circling number.
If you change your mind, put a cross through your previous assessment and circle the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the evidence and information provided by the assessor and the moderator, and discuss it with the assessor (and moderator) where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the assessor and moderator agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed their mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on evidence and explanations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT final decision on target status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final Target Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since moderation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs Target Setting Moderation Form - %1 - %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs Target Setting Moderation Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-Setter Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers use this side of the form to provide details relating to one target for one pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ILP target in this area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target in this area last term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle a number to indicate your assessment of the previous target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a box to indicate next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target remains relevant for this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different or more suitable level of challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completely new target needs to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed new ILP target in this area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter&apos;s own wording, before the moderator&apos;s amendment was accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for proposing this new target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a summary of current abilities, and an explanation of the action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this target relate to any EHCP outcomes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, which ones?
If not, why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned provision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we teach this pupil?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target setter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter should explain their thinking using the reverse side of this form. Ask questions afterwards, using APCSS target setting guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a clear link between this ILP target and EHCP outcome/s?:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, is there a suitable explanation for why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are success criteria embedded within the target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it clear what it will look like for this target to be met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the planned provision look suitable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you got any other suggestions for things to try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you think about the level of challenge presented by this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you suggest any amendments to this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, please re-write the target here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the target setter accept this amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the moderator proposed an amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the target setter accepted this amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deleted from Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was attached to the form and has since been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt level: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note: its waveform could not be drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s still frame is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress evidence provided for moderation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is limited or has not taken place with this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is substantial, but this target is not yet fully met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is at the expected rate, and the target is fully achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is significantly better than expected with this target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormStage</name>
    <message>
        <source>Describe the starting point: what could they already do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the provision and strategies used: what help have they had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the progress evidence for the moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe their current abilities: what can they do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the target (1-4) in the assessment section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator gives their own judgement (1-4), before seeing the assessor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator explains their assessment and their conversation with the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator says whether they agreed with the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the previous target&apos;s status (1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next step: Continue, Amend or Replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the proposed new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for proposing it: current abilities and the action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link it to EHCP outcomes, or say why it is not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the planned provision: how will we teach this pupil?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT record the final target status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator answers the questions and judges the level of challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter says whether they accept the moderator&apos;s re-written target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT record the moderation outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>a chunk of the answer was longer than it said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s headers were too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer did not start like an HTTP/1.1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s status is not one HTTP has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the answer&apos;s headers was malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer gave two different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s length was not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was far larger than any the store sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s chunked body was malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResult</name>
    <message>
        <source>Could not %1: the school&apos;s Stride server is not answering. It may be switched off or restarting; this tablet will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the school&apos;s Stride server was not found. Check that the tablet is on the school&apos;s Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the connection to the school&apos;s Stride server was too slow and was given up. This tablet will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the school&apos;s Stride server could not prove who it is. Ask the school&apos;s IT support to check its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the tablet is not connected to the school&apos;s Stride server (%2). Everything is kept on the tablet until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server does not recognise this tablet. Ask the school&apos;s Stride administrator to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet was removed from Stride by your school; its data has been erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 yet: the server asked this tablet to slow down. It will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the school&apos;s Stride server had a problem (HTTP %2). This tablet will try again by itself; if it goes on, tell the school&apos;s IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpDocument</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ILP Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Term&apos;s ILP Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Targets and Associated Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and Strategies - What other support is important for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional/General Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>he needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Individual Learning Plan sets out %1&apos;s current learning priorities and the associated support %2 to be able to succeed. Medium term targets have been set in each of the %3 areas of learning from the SEND Code of Practice, and these are connected to the long term outcomes set out in %1&apos;s EHCP (formerly the Statement of SEN). Progress towards these targets is reviewed on a termly basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets have also been set in the Preparing for Adulthood pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Individual Learning Programme, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual Learning Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Provision Map, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpDocumentData</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpDocumentsPage</name>
    <message>
        <source>ILP documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only teachers, senior leaders and the office print ILP documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go home to families. Ask the class teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pupil&apos;s ILP (page 1 and the Provision Map) and their parents&apos; progress report (the cover letter, page 1, the reply slip and their one-page profile) are saved as PDFs, one folder per class, with one PDF of all the ILPs and one of all the reports to print in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term the documents are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: what to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, but the new targets are not final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpReadiness</name>
    <message>
        <source>%1 has no class: give them a class on their pupil record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pronouns are not recorded: the ILP&apos;s overview needs them. Record them on their pupil record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no targets for %2: set their new targets before printing the ILP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the judgements of last term&apos;s target disagree; settle them before the new target is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: last term&apos;s target has not been judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: last term&apos;s target has no action (Continue, Amend or Replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: there was a target last term but there is no new target for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpSheetColumns</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHCP outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlpSpreadsheet</name>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets at each status, by area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets at each status, by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets at each status, by key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets at each status, by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets at each status, term by term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndependenceChart</name>
    <message>
        <source>Half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence records a prompt level yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementHistory</name>
    <message>
        <source>%1, %2</source>
        <comment>a status and a next step: &quot;2 Partially Met, Amend&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessor judgement(s), made on different tablets, disagree: %1. Judge again to settle which one stands.</source>
        <translation>
            <numerusform>%n assessor judgement, made on another tablet, disagrees: %1. Judge again to settle which one stands.</numerusform>
            <numerusform>%n assessor judgements, made on different tablets, disagree: %1. Judge again to settle which one stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderator judgement(s), made on different tablets, disagree: %1. Judge again to settle which one stands.</source>
        <translation>
            <numerusform>%n moderator judgement, made on another tablet, disagrees: %1. Judge again to settle which one stands.</numerusform>
            <numerusform>%n moderator judgements, made on different tablets, disagree: %1. Judge again to settle which one stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLT judgement(s), made on different tablets, disagree: %1. Judge again to settle which one stands.</source>
        <translation>
            <numerusform>%n SLT judgement, made on another tablet, disagrees: %1. Judge again to settle which one stands.</numerusform>
            <numerusform>%n SLT judgements, made on different tablets, disagree: %1. Judge again to settle which one stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final judgement(s), made on different tablets, disagree: %1. Decide again to settle which one stands.</source>
        <translation>
            <numerusform>%n final judgement, made on another tablet, disagrees: %1. Decide again to settle which one stands.</numerusform>
            <numerusform>%n final judgements, made on different tablets, disagree: %1. Decide again to settle which one stands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStorePolicy</name>
    <message>
        <source>Device keys are kept in key files beside the records, as asked (STRIDE_KEY_STORE=file or --key-store file), not in the keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files were asked for, but this release build keeps device keys in the keystore only. Start it with --allow-file-key (or STRIDE_ALLOW_FILE_KEY=1) to allow key files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainKeyVault</name>
    <message>
        <source>this device&apos;s keystore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Who is using the tablet now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet locked itself while it was not in use. Type your PIN to carry on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1? Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stride – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaPlayback</name>
    <message>
        <source>This tablet cannot play this file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The tablet is full, so this could not be saved. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride cannot store or open media on this tablet because its key for them is not available. Restart the app; if this goes on, ask the school&apos;s Stride administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file arrived damaged, so it was not kept. Try opening it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationEvidencePage</name>
    <message>
        <source>Evidence for the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tap a piece of evidence to attach it to the form, or to take it off. %n attached.</source>
        <translation>
            <numerusform>Tap a piece of evidence to attach it to the form, or to take it off. %n attached.</numerusform>
            <numerusform>Tap a piece of evidence to attach it to the form, or to take it off. %n attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence for this target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence captured for this target this term appears here, ready to attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationFiguresPage</name>
    <message>
        <source>Moderation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more steps apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors and moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator&apos;s first judgement of each target against the class teacher&apos;s, each made before they talked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT&apos;s final target status against the assessor&apos;s first judgement: Up, Down or Same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge of the proposed targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderators&apos; answers on the target-setting forms: what do you think about the level of challenge presented by this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moderated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For senior leaders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationMeetingPage</name>
    <message>
        <source>Moderation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator looks at the evidence and gives their own judgement before seeing the assessor&apos;s. SLT then give the final word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forms for this meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sample of your class&apos;s targets below: Stride suggests one, and makes the forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms appear here when a class teacher chooses their sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each class: its sample and its pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment forms  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-setting forms  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack for outside the school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationPack</name>
    <message>
        <source>Moderation pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That term is not on this device: choose one of the school&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class is not on this device: choose one of the school&apos;s classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 moderation meeting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 moderation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no moderation forms for %1 yet, so no pack was made. Fill in a form for the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another place for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this device: sync it with the school&apos;s store and make the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room in %1 for the moderation pack (about %2 needed): nothing was saved. Free some space, or choose another place, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILPs moderation forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file could not be read (%1): nothing was saved. Try again; if it happens again, sync this device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the moderation pack for %1 to %2: %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 media file was left out for the pupils&apos; consent: the manifest says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files were left out for the pupils&apos; consent: the manifest says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 media file is not on this device yet: sync it and make the pack again to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files are not on this device yet: sync it and make the pack again to include them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationSample</name>
    <message>
        <source>the least evidence: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the least evidence: 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the least evidence: %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a form already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationSamplePage</name>
    <message>
        <source>Target-setting sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the targets whose next target the moderator should check. Stride has ticked a spread of areas and judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the targets to bring to the meeting. Stride has ticked a spread of areas and judgements, and the target with the least evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-setting forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Stride&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers choose their own class&apos;s sample; SLT can choose any class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) ticked</source>
        <translation>
            <numerusform>%n target ticked</numerusform>
            <numerusform>%n targets ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n form(s)</source>
        <translation>
            <numerusform>Make %n form</numerusform>
            <numerusform>Make %n forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) made for %1</source>
        <translation>
            <numerusform>%n form made for %1</numerusform>
            <numerusform>%n forms made for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationTable</name>
    <message>
        <source>crossed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextTermTarget</name>
    <message>
        <source>This judgement is of a different target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a next step (Continue, Amend or Replace) before setting next term&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no term after %1 yet. Ask the school&apos;s admin to add next term&apos;s dates, then set the target here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ILP is not %1&apos;s plan for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the school on %2, so there is no next term&apos;s ILP to carry this target into. The judgement is kept with their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target&apos;s plan is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>What did you see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth knowing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnePageProfile</name>
    <message>
        <source>%1 and %2</source>
        <comment>two areas of learning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s still frame is not on this tablet yet (sync brings it), so the words are printed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not on this tablet yet (sync brings it), so the words are printed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date and where: 17 November 2026, Swimming pool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments from %1&apos;s term, chosen by school to share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments from %1&apos;s term at %2, chosen to share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by school. A photo is printed only where every child in it may be shown to families; other moments are told in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlights have been chosen for %1&apos;s term yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <comment>the pupil&apos;s first name and the term: Sam&apos;s Autumn 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A highlight is left out because its evidence has been deleted since it was chosen. Choose another in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A highlight is left out because %1 is no longer in its evidence. Choose another in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 highlights fit on the page: %2 more are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>the page&apos;s heading and the school</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackConsent</name>
    <message>
        <source>a pupil no longer on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media consent of %1 is for use inside the school only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no media consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because %1, and this pack is for people outside the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackManifest</name>
    <message>
        <source>Stride moderation pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: people outside the school. Photos, videos and voice notes of pupils whose media consent is for use inside the school only, or who have none, are left out, in the files and in the forms&apos; pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: staff of the school only. It holds photos, videos and voice notes of pupils: keep it on the school&apos;s own systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms: %1 assessment moderation, %2 target setting moderation, all in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (SHA-256, size in bytes, name). To check one, work out its SHA-256 (sha256sum on Linux, shasum -a 256 on a Mac, Get-FileHash in Windows PowerShell) and compare it with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentReplies</name>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;%1&quot;</source>
        <comment>the family&apos;s comments after their approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved, on %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved, on %1 by %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentReplyPage</name>
    <message>
        <source>Parents&apos; reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress report to reply to yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ILP for %2 yet, so no progress report has gone home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s family&apos;s reply to the %2 progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher, a senior leader or the office records a family&apos;s reply. This is the reply as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply is already recorded. Change anything that was entered wrongly, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they approve the new targets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, they have comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their comments (if they wrote any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Mrs Khan (mum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the slip came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentsReport</name>
    <message>
        <source>%1 - Progress Report, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Report and new ILP targets for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I approve the new targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to comment on the new targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please return this slip to school by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please return this slip to school.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoProcessor</name>
    <message>
        <source>This file is not a photo Stride can read. Try taking the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be read (%1). Try taking it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thumbnail could not be made for this photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of %2 digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHighlightsPage</name>
    <message>
        <source>Profile for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 highlights chosen, %4 pieces of evidence this term to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose up to %1 moments from this term&apos;s evidence, from every part of school life, and say in plain words what each shows. The page goes home beside the progress report. A photo is printed only where every child in it may be shown to families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers and senior leaders choose the highlights. This is the page as they have chosen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet. Choose from this term&apos;s evidence below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows, in plain words for the family (for example: Ruby lifted her head to watch the stars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for staff: check the wording for parents. Until you write a caption the page prints the note staff wrote: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s evidence this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence has been recorded this term yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its photo can be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page as the family will see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePhotoConsent</name>
    <message>
        <source>%1 and %2</source>
        <comment>a list of names: &quot;Alfie, Ruby&quot; and &quot;Amira&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo consent of %1 is for use in school only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no photo consent</source>
        <comment>%1 is one name or a list of names</comment>
        <translation>
            <numerusform>%1 has no photo consent</numerusform>
            <numerusform>%1 has no photo consent</numerusform>
        </translation>
    </message>
    <message>
        <source>a pupil in it is no longer on this tablet, so their consent cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo stays in school because %1. The words are printed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo stays in school because it was recorded as internal only. If the family may see it, open the evidence and change &quot;Who may see it?&quot; to Shareable with parents; until then the words are printed instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionMapPage</name>
    <message>
        <source>Provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision map saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the provision map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan provision for yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will help %1 towards each target in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions and strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What adults will do, and what will be in place, to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional / general provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support across the day: therapies, equipment, routines, who to speak to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save provision map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilEvidencePage</name>
    <message>
        <source>%1&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “Show everything”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Record evidence” to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilPage</name>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, video and voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all %1&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHCP outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this term yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s targets for %2 have not been set. Their class teacher sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; reply to the %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilTargets</name>
    <message>
        <source>Area no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteApplier</name>
    <message>
        <source>%1 is not a table that syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change names no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change&apos;s timestamp &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change&apos;s operation &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pupil can be removed from this tablet by the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil could not be removed from this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTargetPanel</name>
    <message>
        <source>Provision: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <source>There is no term after %1 yet. Ask the school&apos;s admin to add next term&apos;s dates, then roll the targets over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s target is started, with no words yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s target is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: two judgements of this term&apos;s target disagree. Settle them on the target&apos;s review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: this term&apos;s target has not been judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no next step (Continue, Amend or Replace) has been chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: Replace needs a new target written. Write it from the target&apos;s review (Set next term&apos;s target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend: carried in this term&apos;s words, for the class teacher to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was rolled over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried into %2, and %3 made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new ILP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new ILPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverPage</name>
    <message>
        <source>Next term&apos;s ILPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry 1 target into %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry %1 targets into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pupil&apos;s ILP for %1 gets them now, on every tablet at the next sync. Class teachers can still change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry them over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of term the agreed new targets become next term&apos;s ILPs. Continue and Amend carry the target as it is (Amend for the class teacher to adjust); a Replace needs its new target written first. Targets a teacher has already carried over are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry 1 target into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry %1 targets into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For senior leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment lead or another senior leader carries the agreed targets into next term&apos;s ILPs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolAnalysisPage</name>
    <message>
        <source>Whole-school analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Partially Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pupils&apos; targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each target counts at its final status where SLT set one, else the moderator&apos;s, else the class teacher&apos;s. The shares are of the targets judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from each pupil&apos;s specific needs as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pupils&apos; targets in each term, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s targets in each term, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met or Exceeded in each area, term by term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 moderation meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the moderation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central ILP spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pupil&apos;s targets of %1 as an Excel workbook, with these breakdowns as its analysis sheets and charts, saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the central spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For senior leaders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSettings</name>
    <message>
        <source>Type how many days, from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the days as a whole number, from 1 to %1 (found &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tablet may go between 1 and %1 days without reaching the school&apos;s store before it locks itself (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a senior leader or the office can change how long a tablet may stay offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s details are not on this tablet yet. Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSettingsPage</name>
    <message>
        <source>School settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost or stolen tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a tablet may stay offline before it locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tablet that has not reached the school&apos;s store for this many days locks itself, so a lost or stolen tablet kept offline does not stay open. Nobody can sign in on it until it reaches the store again: connecting it to the school&apos;s Wi-Fi is enough. Fewer days keep pupils&apos; records safer; more days suit a tablet that goes on long trips away from school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days (1 to 365; Stride&apos;s default is 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a senior leader or the office can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which classes each tablet holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tablet holds only the records of the classes it is set up for, or of the whole school for senior leaders and the office. The office sets this on the school&apos;s store when it sets a tablet up, and can change it there. The sync page of each tablet shows what it holds and when it locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this tablet holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message>
        <source>the tablet&apos;s key for its media files is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunk size %1 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no random numbers were available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s key could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished file is not a sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished file was sealed with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the file could not be sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file can only be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s key for its media files is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not one of Stride&apos;s sealed media files, or its beginning is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media file has been cut short or damaged (it is %1 bytes long, which no whole file is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media file was sealed with another key than this tablet&apos;s (or its beginning is damaged), so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2 of this media file could not be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media file has been cut short: it ends after part %1, which is not its last part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2 of this media file is damaged or out of place (it does not match what was written), so it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished file was already finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>That name is not on this tablet any more. Ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more try/tries before a five-minute pause.</source>
        <translation>
            <numerusform>That PIN is not right. %n more try before a five-minute pause.</numerusform>
            <numerusform>That PIN is not right. %n more tries before a five-minute pause.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet could not keep the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first time %1 signs in on this tablet, the school&apos;s store checks the PIN, so the tablet must be on the school&apos;s Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign in on this tablet: %1 Ask IT support to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This tablet has not reached the school&apos;s store for %n day(s), so it has locked itself to protect the pupils&apos; records. Connect it to the school&apos;s Wi-Fi; it unlocks as soon as it reaches the store.</source>
        <translation>
            <numerusform>This tablet has not reached the school&apos;s store for %n day, so it has locked itself to protect the pupils&apos; records. Connect it to the school&apos;s Wi-Fi; it unlocks as soon as it reaches the store.</numerusform>
            <numerusform>This tablet has not reached the school&apos;s store for %n days, so it has locked itself to protect the pupils&apos; records. Connect it to the school&apos;s Wi-Fi; it unlocks as soon as it reaches the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1, or ask a colleague to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another wrong PIN after that pauses it for twice as long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using the tablet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign in on this tablet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet has no school&apos;s records on it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office to add staff and set their PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office to set up the tablet for your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1? Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet has locked itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is too easy to guess; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBreakdown</name>
    <message>
        <source>No class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil with more than one need is counted under each of them, so the needs add up to more targets than there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 target, not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of %2 targets judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %4 target Met or Exceeded (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %4 targets Met or Exceeded (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %4 judged target Met or Exceeded (%3%); %5 not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %4 judged targets Met or Exceeded (%3%); %5 not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This could not be saved, so nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked to a class that is not in their school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a class called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s class is not in their school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the UPN %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pupil already has an ILP for that term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s ILP does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target can only link to its own pupil&apos;s EHCP outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s area of learning is not one of the school&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ILP already has a target in that area of learning; an ILP holds one target per area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier target this follows on from is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil in this evidence is not in this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence can only be linked to %1&apos;s own targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement is never changed once made. To change your mind, record a new judgement; the old one stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the judgement is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assessment lead or SLT record final decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only teachers and senior leaders judge targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judged target does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s target does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s pupil does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP responded to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence has already been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A highlight must be evidence of that pupil. Choose one of their own evidence items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>This address starts with http://, so it is not encrypted: pupils&apos; photos, videos and records would cross the network where others on it could read them. Ask the school office for the address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSignIn</name>
    <message>
        <source>The tablet could not reach the school&apos;s store, and the first time %1 signs in on this tablet the store checks the PIN. Connect to the school&apos;s Wi-Fi and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store answered, but not with a sign-in this tablet can use. Ask IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store checked the PIN, but this tablet could not keep the sign-in. Ask IT support to look at the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride</name>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed their mind: %2 (the earlier crossed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another place to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room on the disk for %1: nothing was saved. Free some space, or choose another place, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride may not save files in %1: nothing was saved. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2): nothing was saved. Try again, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::AssessmentGridModel</name>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in 3 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n targets judged</source>
        <translation>
            <numerusform>%1 of %n target judged</numerusform>
            <numerusform>%1 of %n targets judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today is the deadline: %1 of %n judged</source>
        <translation>
            <numerusform>Today is the deadline: %1 of %n judged</numerusform>
            <numerusform>Today is the deadline: %1 of %n judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Was due %1: %2 of %n judged</source>
        <translation>
            <numerusform>Was due %1: %2 of %n judged</numerusform>
            <numerusform>Was due %1: %2 of %n judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n judged</source>
        <translation>
            <numerusform>%1: %2 of %n judged</numerusform>
            <numerusform>%1: %2 of %n judged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no assessment week in its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week is %1 to %2: every target judged by %3, ready for the moderation meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n pupils: those with a target not yet judged.</source>
        <translation>
            <numerusform>Showing %1 of %n pupil: those with a target not yet judged.</numerusform>
            <numerusform>Showing %1 of %n pupils: those with a target not yet judged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n pupils: those with a target whose evidence is thin.</source>
        <translation>
            <numerusform>Showing %1 of %n pupil: those with a target whose evidence is thin.</numerusform>
            <numerusform>Showing %1 of %n pupils: those with a target whose evidence is thin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>%1 of %n judged</numerusform>
            <numerusform>%1 of %n judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n with thin evidence</source>
        <translation>
            <numerusform>%1, %n with thin evidence</numerusform>
            <numerusform>%1, %n with thin evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden while you moderate it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::AssessmentModerationDetail</name>
    <message>
        <source>Someone no longer on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the assessor: fill in your side and attach the evidence. The moderator sees your judgement only after giving their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are moderating: read the evidence and the assessor&apos;s side, then give your own 1-4 first. The assessor&apos;s judgement is shown after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You moderated this form. As SLT you can also write the SLT section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You moderated this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write the SLT section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: tap “Show the assessor&apos;s judgement”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until the moderator has given theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assessor (or SLT) fills in the assessor&apos;s side of this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assessor (or SLT) attaches evidence to this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence of this target can be attached to its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 1 Unmet, 2 Partially Met, 3 Met or 4 Exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can circle a number only in your own row of the assessment table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your own judgement first: the assessor&apos;s is shown after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator writes this section: another teacher or SLT, never the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SLT write the SLT section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::AudioWaveform</name>
    <message>
        <source>The voice note took too long to read, so it has no waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note could not be read, so it has no waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a video, not a voice note, so it has no waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voice note&apos;s format is not supported on this device, so it has no waveform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note has no sound in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::AwaitingReplies</name>
    <message>
        <source>The school has no terms yet, so no progress report is waiting for replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 families have replied to the %3 progress report; %4 to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 ILP yet, so no report has gone home: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil has an ILP for %1 yet, so no progress report has gone home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family has replied. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::CameraCaptureSource</name>
    <message>
        <source>This device has no camera that Stride can use. You can choose a photo or video from a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no microphone that Stride can use. You can choose a recording from a file, or write the observation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet is nearly full, so a voice note cannot be recorded. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet is nearly full, so a video cannot be recorded. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is in use by another app. Close the other app (a video call or the camera app) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride is not allowed to use the camera. Allow it in the tablet&apos;s settings (Apps, Stride, Permissions) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not be started. Close other apps that use the camera and try again; if it still fails, restart the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot record in the format Stride asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not write the recording on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride is not allowed to use the camera or microphone. Allow it in the tablet&apos;s settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera or microphone stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not take the photo. Try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready to take a photo. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave an empty picture. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be prepared (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last recording is still being closed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no microphone, so the video will have no sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::CaptureController</name>
    <message>
        <source>Take the video first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the voice note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo of work first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo saved for %1</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video saved for %1</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note saved for %1</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of work saved for %1</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written observation saved for %1</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved photo of %1.</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved video of %1.</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved voice note of %1.</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved photo of work by %1.</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved written observation of %1.</source>
        <comment>names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is nearly full (%1). A recording may stop early. Sync or free some space if you can.</source>
        <comment>how much space is free: &quot;1.2 GB free on this tablet&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you saw in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what was saved, then the areas of learning it was linked to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::CaptureSource</name>
    <message>
        <source>A recording is still running. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last capture is still being saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ClassListModel</name>
    <message>
        <source>Your classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ClassMoveModel</name>
    <message>
        <source>%1 up a year, %2 leaving at the end of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move can be made from %1, the last week of term. Until then this is a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next class: pupils stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only senior leaders or the office move pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no summer term in its dates: add the terms, with the last of the school year, to plan the class move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves at the end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Year %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::CoverLetterEditor</name>
    <message>
        <source>%1, %2</source>
        <comment>a pupil&apos;s name, then their class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a senior leader or the office can change the school&apos;s cover letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s details are not on this tablet yet. Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Every progress report printed from now on has this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter (%1), %2 characters%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with fields Stride cannot fill in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::DatabaseStatus</name>
    <message>
        <source>The records on this tablet are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet needs a newer version of Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride could not open the records on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet can no longer be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records on this tablet are locked with a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens the records on this tablet is no longer on it (this happens when a tablet is reset), so they can no longer be opened. Everything that had synced is safe on the school&apos;s store. Stride could not put the locked file aside, and nothing has been deleted: please ask your school&apos;s IT support to look at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride cannot reach this tablet&apos;s keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride cannot read the key to the records on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens the records on this tablet is no longer on it (this happens when a tablet is reset), so they can no longer be opened. Everything that had synced is safe on the school&apos;s store. Stride has put the locked file aside (kept, not deleted, as %1) and removed this tablet&apos;s photos, videos and voice notes, which were locked with the same key. Enrol this tablet with the school&apos;s store again to carry on: what had synced comes back, photos and videos too. Anything recorded since the last sync cannot be opened on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::DeletedEvidenceModel</name>
    <message>
        <source>the school&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer at the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>&quot;Photo&quot; of &quot;Alfie Brown and Ruby Clarke&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this %1 of %2?</source>
        <comment>&quot;photo&quot; of &quot;Alfie Brown and Ruby Clarke&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::EvidenceDetail</name>
    <message>
        <source>someone no longer at the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time: &quot;Wednesday 2 December 2026 at 10:42&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an area of learning, then a pupil&apos;s first name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <comment>a field, then its new value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <comment>a field, then its old value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <comment>a field, its old value, its new value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer linked to %1</source>
        <comment>a target: &quot;Communication (Alfie)&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <comment>a target: &quot;Communication (Alfie)&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on another tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::EvidenceListModel</name>
    <message>
        <source>Someone no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::FileImportCaptureSource</name>
    <message>
        <source>Choose a video file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a voice note file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on this device for this video. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on this device for this voice note. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on this device for this photo. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written observation has no file to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file could not be found or read. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a photo. Choose a picture, such as a JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures in this format (%1) cannot be opened here. Choose a JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be opened. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a video. Choose a video file, such as an MP4 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a sound recording. Choose a sound file, such as an M4A, MP3 or WAV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is full, so the file could not be added. Free some space (or sync) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be copied into Stride (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::HttpChannel</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot make encrypted connections (no TLS library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header held a line break, so the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to send could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file being sent ended early or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s answer was malformed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data moved to or from the store for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::IlpCsv</name>
    <message>
        <source>The spreadsheet could not be saved to %1 (%2). Nothing there was changed: check that the folder exists, that you may save files in it and that the disk has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ILP spreadsheet to %1: 1 target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ILP spreadsheet to %1: %2 targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::IlpDocumentsRun</name>
    <message>
        <source>Stride documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only teachers, senior leaders and the office print the ILP documents, because they go home to families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your classes, or one of its pupils, to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet&apos;s records could not be read for printing (%1): nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::IlpSpreadsheet</name>
    <message>
        <source>ILPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each target counts under its final status, else the moderator&apos;s, else the assessor&apos;s. Shares are of the targets judged so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met or Exceeded share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved to %1 (%2). Nothing there was changed: check that the folder exists, that you may save files in it and that the disk has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ILP spreadsheet to %1: 1 target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the ILP spreadsheet to %1: %2 targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::MediaDownloads</name>
    <message>
        <source>This tablet is not connected to a school&apos;s store, so the file cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::MediaFetcher</name>
    <message>
        <source>This media file&apos;s name is not valid, so it cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for this file on the tablet. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s Stride server does not have this file yet; the tablet that recorded it has not sent it. Try again after that tablet syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be fetched onto the tablet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::MediaFiles</name>
    <message>
        <source>This cannot be played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet cannot play this file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in this tablet&apos;s media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::MediaProbe</name>
    <message>
        <source>The file took too long to open, so its length is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened on this device; its format may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s format is not supported on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ModerationExport</name>
    <message>
        <source>Only teachers and senior leaders save moderation forms and packs, because they hold children&apos;s photos and the school&apos;s judgements. Ask the class teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so nothing was saved. Check that this computer lets Stride write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is no longer on the tablet, so it cannot be saved as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment moderation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target setting moderation form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ModerationFiguresModel</name>
    <message>
        <source>%1: agreed on %2 of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 too easy, %3 just right, %4 too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement was lowest in %1: %2 of %3 (%4%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation figures are for senior leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form has been moderated yet. The figures show here once a moderator has judged one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form of the %1 moderation meeting has been moderated yet. The figures show here once a moderator has judged one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment has both an assessor&apos;s and a moderator&apos;s judgement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moderators agreed with %1 of %n assessment(s) (%2%).</source>
        <translation>
            <numerusform>Moderators agreed with %1 of %n assessment (%2%).</numerusform>
            <numerusform>Moderators agreed with %1 of %n assessments (%2%).</numerusform>
        </translation>
    </message>
    <message>
        <source>One step apart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more steps apart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still wait for a moderator&apos;s judgement.</source>
        <translation>
            <numerusform>%n form still waits for a moderator&apos;s judgement.</numerusform>
            <numerusform>%n forms still wait for a moderator&apos;s judgement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement was the same in every area: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement was the same in every class: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final target status has been recorded by SLT yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %n final decision(s), %1 moved the target up, %2 moved it down and %3 kept the assessor&apos;s first judgement.</source>
        <translation>
            <numerusform>Of %n final decision, %1 moved the target up, %2 moved it down and %3 kept the assessor&apos;s first judgement.</numerusform>
            <numerusform>Of %n final decisions, %1 moved the target up, %2 moved it down and %3 kept the assessor&apos;s first judgement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No moderator has judged the challenge of a proposed target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moderators found %1 of %n proposed target(s) too easy, %2 just right and %3 too hard.</source>
        <translation>
            <numerusform>Moderators found %1 of %n proposed target too easy, %2 just right and %3 too hard.</numerusform>
            <numerusform>Moderators found %1 of %n proposed targets too easy, %2 just right and %3 too hard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::ModerationMeeting</name>
    <message>
        <source>The assessor&apos;s side is being filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter&apos;s side is being filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator suggests a rewrite: the target setter to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated: waiting for SLT&apos;s final word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) waiting for you</source>
        <translation>
            <numerusform>%n form waiting for you</numerusform>
            <numerusform>%n forms waiting for you</numerusform>
        </translation>
    </message>
    <message>
        <source>No target proposed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your side of these forms, or a moderator&apos;s rewrite to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the evidence and give your own judgement first: the assessor&apos;s is shown after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, with a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the moderator has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated: waiting for SLT&apos;s final word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT&apos;s final word is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forms yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n form</numerusform>
            <numerusform>%n forms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::ModerationSampleChooser</name>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers choose their own class&apos;s sample; SLT can choose any class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the targets to bring to the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ParentReplyForm</name>
    <message>
        <source>someone no longer on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1. Saving again records it as entered by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the family did not approve the new targets, write their comments from the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a teacher, a senior leader or the office can record a family&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ILP for %2 yet, so no progress report has gone home to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s family&apos;s reply is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ILP for %2, nothing to reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reply to the %2 report: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ProfileHighlights</name>
    <message>
        <source>Only teachers and senior leaders choose the highlights for a family&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page holds %1 highlights. Take one off before choosing another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the page. Write what it shows in words for the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ProvisionMap</name>
    <message>
        <source>This pupil is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no term after %1 yet. Ask the school&apos;s admin to add next term&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That term is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets are set for %1 in %2 yet. Judge this term&apos;s targets and set next term&apos;s from the review: the provision map is built from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provision map open to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers and senior leaders write the provision map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provision map was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::RecordingSession</name>
    <message>
        <source>The tablet is too full to record a voice note. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet is too full to record a video. Free some space (or sync, so that synced videos can be cleared) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded. Try again, and if it happens again restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped because the tablet is nearly full. What was recorded has been kept. Free some space (or sync) before recording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped because of a problem: %1 What was recorded up to then has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorder stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::RolloverPreviewModel</name>
    <message>
        <source>%1 to carry into %2, %3 to start; %4 already there; %5 cannot be made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new ILP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new ILPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only senior leaders roll the targets over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SchoolAnalysis</name>
    <message>
        <source>%1 (1 pupil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 pupils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All key stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for one pupil only, so not drawn as a cohort (choose one under Need to see it): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has targets so far: the trend shows from the second term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets Met or Exceeded, term by term: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets of %1 match these filters. Clear a filter to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil has ILP targets in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 has been judged yet. The figures show here once class teachers judge them in assessment week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole-school analysis is for senior leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Unmet %1, Partially Met %2, Met %3, Exceeded %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SchoolConnection</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today</source>
        <comment>a time today: &quot;10:42 today&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time: &quot;Tue 24 Nov at 09:15&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your school</source>
        <comment>in place of the school&apos;s name: &quot;your school&apos;s store&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Type it as the office gave it, for example https://stride.school.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment code has 10 letters and numbers, like ABCDE-23456. Check the code the office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es) to sort out</source>
        <translation>
            <numerusform>%n clash to sort out</numerusform>
            <numerusform>%n clashes to sort out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is not connected to a school&apos;s Stride store. What you record stays on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1&apos;s store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>a stage of syncing: &quot;Sending changes…&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1&apos;s store. Everything you record is kept on this tablet and sent when the Wi-Fi comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last try to reach %1&apos;s store did not work. Nothing on this tablet is lost; it will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what was recorded here is still to go to %1&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else recorded on this tablet is safe in %1&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded on this tablet is safe in %1&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send: %n change(s).</source>
        <translation>
            <numerusform>Waiting to send: %n change.</numerusform>
            <numerusform>Waiting to send: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send: %n photo(s), video(s) or voice note(s) (%1).</source>
        <translation>
            <numerusform>Waiting to send: %n photo, video or voice note (%1).</numerusform>
            <numerusform>Waiting to send: %n photos, videos and voice notes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to send: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), video(s) or voice note(s) (%1)</source>
        <translation>
            <numerusform>%n photo, video or voice note (%1)</numerusform>
            <numerusform>%n photos, videos and voice notes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced with %1&apos;s store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <comment>when: &quot;10:42 today&quot;, &quot;yesterday at 16:05&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint above with the one the office printed for the store, and tick the box only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SchoolSettings</name>
    <message numerus="yes">
        <source>%n day(s) (Stride&apos;s default)</source>
        <translation>
            <numerusform>%n day (Stride&apos;s default)</numerusform>
            <numerusform>%n days (Stride&apos;s default)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. From their next sync, every tablet of the school locks itself after %n day(s) without reaching the school&apos;s store.</source>
        <translation>
            <numerusform>Saved. From their next sync, every tablet of the school locks itself after %n day without reaching the school&apos;s store.</numerusform>
            <numerusform>Saved. From their next sync, every tablet of the school locks itself after %n days without reaching the school&apos;s store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::Session</name>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching, with evidence recorded against this term&apos;s targets every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: teaching and collecting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week&apos;s holiday: no teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target is judged against its evidence, and next term&apos;s targets are drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: assessment week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another teacher looks at the evidence first and judges each target on their own; then the two judgements are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: moderation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil progress meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pupil&apos;s progress is discussed with senior leaders, and the data goes into the central ILP spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: pupil progress meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP documents go home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pupil&apos;s ILP document is made; page 1 goes home to parents as a progress report, and they reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: ILP documents go home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision maps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision maps are completed and next term&apos;s targets are made final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: provision maps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: the last day of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1&apos;s PIN with the school&apos;s store...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SpreadsheetExport</name>
    <message>
        <source>Nothing is open to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only senior leaders and administrators save the ILP spreadsheet, because it holds every pupil&apos;s targets and needs across the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That term is no longer on this device: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so nothing was saved. Check that this computer lets Stride write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::StoreCertificate</name>
    <message>
        <source>The school&apos;s store at %1 did not answer in time. Check the address and that the tablet is on the school&apos;s Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the school&apos;s store at %1 (%2). Check the address and that the tablet is on the school&apos;s Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store shows a certificate made for another address than %1, so this tablet will not use it. Check the address with the office; IT support can make a certificate for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store shows a certificate that has expired, so this tablet will not use it. Ask IT support to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store shows a certificate that is not valid yet. Check this tablet&apos;s date and time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store shows a certificate this tablet cannot check (%1). Ask IT support to install the school&apos;s certificate authority on the tablet, or to use a self-signed certificate from stride-store tls-selfsigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SyncClient</name>
    <message>
        <source>This tablet was removed from Stride by your school; its data has been erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrolment code is not right, has been used already, or is more than 24 hours old. Ask the school&apos;s Stride administrator for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrolment could not be understood, so this tablet is not enrolled. Tell the school&apos;s IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment could not be saved on this tablet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is now enrolled with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Stride data on this tablet to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is not enrolled with a school&apos;s Stride server yet. Ask the school&apos;s Stride administrator for an enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send this tablet&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be recorded on this tablet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s server did not confirm this tablet&apos;s changes. They are kept here and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive changes from the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the school could not be saved on this tablet (%1). Nothing was lost; they will be fetched again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s server sent changes out of order, so receiving stopped. Tell the school&apos;s IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending photos, videos and voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check which media files the school has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s server has not confirmed a media file yet; the tablet keeps it and will ask again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The changes made meanwhile are kept on this tablet and will be sent once its clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::SyncProblems</name>
    <message>
        <source>(left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo of %1, %2</source>
        <comment>names, then a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video of %1, %2</source>
        <comment>names, then a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice note of %1, %2</source>
        <comment>names, then a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo of work by %1, %2</source>
        <comment>names, then a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written observation of %1, %2</source>
        <comment>names, then a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff not on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of evidence that has since been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 target</source>
        <comment>a pupil&apos;s name, then an area of learning: &quot;Alfie Brown&apos;s Communication target&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement of %1 (%2)</source>
        <comment>a target, then the judged status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details</source>
        <comment>a pupil&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment moderation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target setting moderation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record (%1)</source>
        <comment>the name of a table in the store</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the choice is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That clash has already been sorted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: dismissing it is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That refusal has already been dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note, for the school&apos;s audit log, that someone opened a piece of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s family&apos;s reply to the %2 progress report</source>
        <comment>a pupil&apos;s name, then a term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family&apos;s reply to a progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::TabletApp</name>
    <message>
        <source>This tablet is not enrolled with a school&apos;s store yet, so nobody can sign in on it for the first time. Ask the office for an enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::TargetEditor</name>
    <message>
        <source>This target is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge this term&apos;s target first: its next step says what next term&apos;s target should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target&apos;s plan is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged %1 %2, next step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as year-month-day, for example 2027-03-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the target: the checker reads it as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear and measurable: someone else could agree whether it was met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at before moderation. You can still save it as it is.</source>
        <translation>
            <numerusform>%n thing to look at before moderation. You can still save it as it is.</numerusform>
            <numerusform>%n things to look at before moderation. You can still save it as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no target open to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers and senior leaders write next term&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::TargetListModel</name>
    <message>
        <source>Not linked to an EHCP outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an EHCP outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for Adulthood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::TargetReviewDetail</name>
    <message>
        <source>Not linked to an EHCP outcome, and no reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an EHCP outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: next term&apos;s target is not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no term after %1 yet, so next term&apos;s target cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aims at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence records where it happened or who was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no setting recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) (%1)</source>
        <translation>
            <numerusform>%n setting (%1)</numerusform>
            <numerusform>%n settings (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person or people named as present</source>
        <translation>
            <numerusform>%n person named as present</numerusform>
            <numerusform>%n people named as present</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen in %1, with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w/c %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weeks with evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence in %n week(s)</source>
        <translation>
            <numerusform>Evidence in %n week</numerusform>
            <numerusform>Evidence in %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; no two weeks in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; longest run %n weeks in a row (%2 to %3).</source>
        <translation>
            <numerusform>%1; longest run %n week (%2 to %3).</numerusform>
            <numerusform>%1; longest run %n weeks in a row (%2 to %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>No measures recorded (how many, how long, how fast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) recorded, oldest first.</source>
        <translation>
            <numerusform>%n measure recorded.</numerusform>
            <numerusform>%n measures recorded, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone no longer on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers and senior leaders judge targets. You can read the judgements here; the evidence you capture is what they judge from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target is no longer on the tablet, so it cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status from 1 Unmet to 4 Exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Continue, Amend or Replace as the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the target first: its next step says what happens next term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step is %1: write next term&apos;s target in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target could not be carried into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are moderating this target, so the class teacher&apos;s judgement is not shown here until you have given yours. Judge it on its moderation form first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::TargetSettingModerationDetail</name>
    <message>
        <source>Someone no longer on the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set this target. The moderator suggests a rewrite: accept it or keep your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set this target: fill in your side for the moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are moderating: answer the questions and say whether the challenge is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write the SLT section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is no longer on the tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the target setter (or SLT) fills in the target setter&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator writes this section: another teacher or SLT, never the target setter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the target setter accepts or declines the moderator&apos;s rewrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SLT write the SLT section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; reply to the %1 report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; reply to the %1 report: none recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::ThisTablet</name>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store has not yet said which classes this tablet serves: it says so at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet holds the records of the whole school: every class&apos;s pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This tablet holds the records of %n class(es) whose details have not reached it yet.</source>
        <translation>
            <numerusform>This tablet holds the records of %n class whose details have not reached it yet.</numerusform>
            <numerusform>This tablet holds the records of %n classes whose details have not reached it yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet holds only the records of %1&apos;s pupils, and what their staff need.</source>
        <comment>the classes&apos; names: Oak, or Oak and Willow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It last reached the school&apos;s store on %1, more than %n day(s) ago, so it has locked itself: nobody can sign in until it reaches the store again.</source>
        <translation>
            <numerusform>It last reached the school&apos;s store on %1, more than %n day ago, so it has locked itself: nobody can sign in until it reaches the store again.</numerusform>
            <numerusform>It last reached the school&apos;s store on %1, more than %n days ago, so it has locked itself: nobody can sign in until it reaches the store again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It last reached the school&apos;s store on %1. It locks itself on %2 if it has not reached the store again by then (the school allows %n day(s)).</source>
        <translation>
            <numerusform>It last reached the school&apos;s store on %1. It locks itself on %2 if it has not reached the store again by then (the school allows %n day).</numerusform>
            <numerusform>It last reached the school&apos;s store on %1. It locks itself on %2 if it has not reached the store again by then (the school allows %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stride::TusUploader</name>
    <message>
        <source>A media file on this tablet could not be read for sending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start sending a media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry on sending a media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file kept arriving damaged at the server, so it was not kept there. The tablet still has it and will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store asked for a media file to be sent to another address (%1), so nothing was sent. The tablet keeps the file and will try again at the next sync; tell the school office if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s store is full, so some photos, videos or voice notes have not been sent yet. They are safe on this tablet and will be sent once there is room. Ask the office to make room on the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stride::VideoThumbnailer</name>
    <message>
        <source>The video took too long to open, so it has no preview picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be read, so it has no preview picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video could not be opened on this device; its format may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video has no picture to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has sound but no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video&apos;s format is not supported on this device, so it has no preview picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video could not be opened, so it has no preview picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync: %1. Open the sync page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLedger</name>
    <message>
        <source>That conflict is not on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict names something that cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet&apos;s database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a school&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sort out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people changed the same thing on different tablets. Every tablet shows the newer one for now; choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the school&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: stop showing this refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is “%1”. Photos and videos stay on it, out of the gallery, until the school&apos;s store has confirmed every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · showing now</source>
        <comment>who, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
This change stays on this tablet only: the school&apos;s store and the other tablets do not have it.</source>
        <comment>why it was refused, then when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This change stays on this tablet only: the school&apos;s store and the other tablets do not have it.</source>
        <comment>why it was refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos or voice notes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change which classes this tablet holds, ask the office: they set it on the school&apos;s store, and the tablet follows at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tablet that has not reached the school&apos;s store for the days the school allows locks itself, so a lost or stolen tablet kept offline does not stay open. Senior leaders or the office choose the days in School settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) (%1)</source>
        <translation>
            <numerusform>%n media file (%1)</numerusform>
            <numerusform>%n media files (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: sent %1, received %2, sent %3.</source>
        <comment>changes, changes, media files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: sent %1, received %2, sent %3.</source>
        <comment>changes, changes, media files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The school&apos;s server refused %n change(s); see the sync page.</source>
        <translation>
            <numerusform>The school&apos;s server refused %n change; see the sync page.</numerusform>
            <numerusform>The school&apos;s server refused %n changes; see the sync page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 out of this evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of %1&apos;s targets does it show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no targets this term: the evidence is kept on their timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a pupil to this evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much help was given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else (type it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Mrs Patel (TA), lunchtime staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 2 requests, 10 of 20 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the pupil say or choose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner voice, in their words or signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable with parents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingPage</name>
    <message>
        <source>Written observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away this observation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, who was there, the help given and who may see it are as in your last capture this lesson. Change anything that is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a written observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target ticked: it goes on the timeline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) ticked</source>
        <translation>
            <numerusform>%n target ticked</numerusform>
            <numerusform>%n targets ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>shareable with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>no target this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target set in this area this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an observation for this target (no consent for photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and judge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetChecker</name>
    <message>
        <source>independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no more than a gestural prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 out of 10 correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 weeks in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on 4 out of 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in different settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an unfamiliar adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to measure yet. Say how often, how many, how long, or for how many weeks in a row: for example &quot;at least twice a week&quot;, &quot;8 out of 10&quot;, &quot;for 2 minutes&quot; or &quot;3 weeks in a row&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not say in what conditions. Add the prompt level (&quot;independently&quot;, &quot;with a gestural prompt&quot;), the setting (&quot;in the dining hall&quot;, &quot;in different settings&quot;) or the people (&quot;with an unfamiliar adult&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open to interpretation. Say what the pupil will do that someone could see or hear, so that everyone can agree when the target is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this target to one of the pupil&apos;s EHCP outcomes, or say why it is not linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetEditorPage</name>
    <message>
        <source>Next term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target saved for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no target to write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To … (what they will do, how often or how well, with how much help, where)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the aspects it could aim at (tap to add them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker only advises: the target can be saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which EHCP outcomes does it work towards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EHCP outcomes are recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it not linked to an EHCP outcome?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the family asked for it; the EHCP is being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which MAPP aspects does it aim at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision: interventions and strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What adults will do, and what will be in place, to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted completion date, as year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: this target is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetEvidencePage</name>
    <message>
        <source>Record evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “Show everything”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Record evidence” to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetReviewPage</name>
    <message>
        <source>Judgement saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the judgement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you chose and wrote here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s evidence (%2)  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this target this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can still be judged: say what you saw in “What can they do now?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction in prompting: from physical, to spoken, to gestural prompts, to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence says how much help was given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performing in different settings, with different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming more consistent over time: the weeks with evidence this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combining speed and accuracy: the measures recorded, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far has the target been met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can they do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pupil can do now, as you would say it at moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pupil said, signed or chose about this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the moderator should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status to save the judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write next term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open next term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgements so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two judgements disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can do now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetRewrite</name>
    <message>
        <source>The moderator has not re-written this target, so there is nothing to accept or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is not on this tablet any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the target setter (%1) can accept or decline the moderator&apos;s re-written target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetSettingModerationPage</name>
    <message>
        <source>Target setting moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote on this form has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-setter section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teachers use this side of the form to provide details relating to one target for one pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target setter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ILP target in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target in this area last term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the previous target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and next step are the class teacher&apos;s judgement from assessment week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed new ILP target in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter&apos;s own wording, before the moderator&apos;s rewrite was accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for proposing this new target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a summary of current abilities, and an explanation of the action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this target relate to any EHCP outcomes? If so, which ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned provision: how will we teach this pupil?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the target setter&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter should explain their thinking using the other side of this form. Ask questions, using the school&apos;s target setting guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a clear link between this ILP target and EHCP outcome(s)? If not, is there a suitable explanation for why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are success criteria embedded within the target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it clear what it will look like for this target to be met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the planned provision look suitable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you got any other suggestions for things to try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you think about the level of challenge presented by this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you suggest any amendments to this target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, please re-write the target here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the moderator&apos;s section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the target setter accept this amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amendment suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the rewrite is now the proposed target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the target setter keeps their own wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the moderator proposed an amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the target setter accepted the amendment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SLT section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermTimeline</name>
    <message>
        <source>Now · from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the moderation meeting  ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The area&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stage %1 is outside 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator must be a different person from the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the final target status before the moderation outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome&apos;s pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence item&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence item&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who captured it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence needs the time it was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one pupil this evidence is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same pupil is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written observation needs some writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence needs its file (%1).</source>
        <comment>a kind of evidence: &quot;Photo&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file has no valid SHA-256 name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media file has a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP&apos;s pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional/general provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judged target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target&apos;s status is 1, 2, 3 or 4 (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed judgement is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement cannot replace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ILP responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who recorded the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the reply came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply that does not approve the targets needs the parent&apos;s comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Unique Pupil Number (a letter, then 11 digits, then a digit or letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group %1 is outside Reception (0) to Year 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EHCP outcome belongs to another pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two EHCP outcomes share the reference &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school URN is six digits (found &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs at least one role (TA, teacher, SLT or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s ILP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked EHCP outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new target cannot name an earlier target; choose continues, amends or replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target that continues, amends or replaces another needs to name the earlier target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot follow on from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s area of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target setter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator must be a different person from the target setter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggested amendment to accept or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term needs both a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term must fall inside the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage of the termly cycle needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of the termly cycle must fall inside the term, in order (assessment week, moderation, progress meetings, ILP documents, last week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item the moderator saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setter&apos;s own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight&apos;s pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlight&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who chose the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tablet may go between 1 and %1 days without reaching the school&apos;s store before it locks itself (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Teaching assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment lead / SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos, video or audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal evidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be shared with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>he/him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they/them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND Code of Practice area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for Adulthood pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestural prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full physical prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is limited or has not taken place with this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is substantial, but this target is not yet fully met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is at the expected rate, and the target is fully achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is significantly better than expected with this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target remains relevant for this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust target for more suitable level of challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completely new target needs to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction in prompting: physical, spoken, gestural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different settings, different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues last term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends last term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces last term&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence this term</source>
        <translation>
            <numerusform>%n piece of evidence this term</numerusform>
            <numerusform>%n pieces of evidence this term</numerusform>
        </translation>
    </message>
    <message>
        <source>Free space unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB free on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB free on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of names: &quot;Alfie, Ruby&quot; and &quot;Amira&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could they already do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What help have they had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I do now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional/General provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the new targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the reply came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
