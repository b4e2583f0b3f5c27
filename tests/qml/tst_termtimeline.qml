pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import Stride

// The term at a glance: it says what happens in the stage the school is in, and a tap on any
// other stage says when that one is and what happens then.
TestCase {
    id: testCase
    name: "TermTimeline"
    width: 1200
    height: 400
    visible: true
    when: windowShown

    readonly property var stages: [
        { label: "Term starts", date: "2 Sep", when: "Wednesday 2 September", about: "Teaching.", current: false, past: true },
        { label: "Assessment week", date: "16 Nov", when: "The week of Monday 16 November", about: "Every target is judged.", current: false, past: true },
        { label: "Pupil progress meetings", date: "30 Nov", when: "The week of Monday 30 November", about: "Data into the spreadsheet.", current: true, past: false },
        { label: "Term ends", date: "18 Dec", when: "Friday 18 December", about: "The last day of term.", current: false, past: false }
    ]

    Component {
        id: timelineComponent
        TermTimeline {
            width: 1100
            heading: "Autumn 2026 at a glance"
            stages: testCase.stages
        }
    }

    function test_theCurrentStageIsExplainedAndAnyStageCanBeTapped() {
        const timeline = createTemporaryObject(timelineComponent, testCase)
        verify(timeline)
        const detail = findChild(timeline, "termStageDetail")
        verify(detail)
        verify(detail.visible)
        verify(detail.text.indexOf("<b>Pupil progress meetings</b>") === 0, detail.text)
        verify(detail.text.indexOf("The week of Monday 30 November") > 0, detail.text)

        const assessment = findChild(timeline, "termStage_1")
        verify(assessment)
        verify(assessment.height >= Theme.touch, "a stage is big enough for a finger")
        mouseClick(assessment)
        compare(detail.text, "<b>Assessment week</b>: The week of Monday 16 November. Every target is judged.")
    }
}
