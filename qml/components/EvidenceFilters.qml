import QtQuick
import QtQuick.Controls
import Stride

// What a timeline is narrowed to: a target (on a pupil's timeline), the kind of evidence, the
// help given and when. Each is one drop-down with the users' words; "Show everything" resets.
Flow {
    id: filters
    property var model            // an EvidenceListModel
    property var targets: []      // [{ targetId, areaName }] for the target filter; [] hides it

    spacing: Theme.gap

    function isoDaysAgo(days) {
        const d = new Date(Session.todayIso + "T12:00:00")
        d.setDate(d.getDate() - days)
        return d.toISOString().slice(0, 10)
    }
    function applyRange(index) {
        switch (index) {
        case 1: model.fromDate = Session.todayIso; model.toDate = Session.todayIso; break
        case 2: model.fromDate = isoDaysAgo(6); model.toDate = Session.todayIso; break
        case 3: model.fromDate = isoDaysAgo(29); model.toDate = Session.todayIso; break
        case 4: model.fromDate = Session.termStartIso; model.toDate = ""; break
        default: model.fromDate = ""; model.toDate = ""
        }
    }

    ComboBox {
        id: targetBox
        objectName: "targetFilter"
        visible: filters.targets.length > 0
        implicitHeight: Theme.touch
        width: 270
        textRole: "label"
        valueRole: "value"
        model: [{ label: qsTr("Every target"), value: "" },
                ...filters.targets.map(t => ({ label: t.areaName, value: t.targetId }))]
        // Follows the list, so a filter set elsewhere (a link, the self-test) shows here too.
        currentIndex: count > 0 && filters.model ? Math.max(0, indexOfValue(filters.model.targetId)) : 0
        onActivated: filters.model.targetId = currentValue
    }
    ComboBox {
        id: kindBox
        objectName: "kindFilter"
        implicitHeight: Theme.touch
        width: 220
        textRole: "label"
        valueRole: "key"
        model: [{ label: qsTr("Every kind"), key: "" }, ...Capture.kinds]
        currentIndex: count > 0 && filters.model ? Math.max(0, indexOfValue(filters.model.kind)) : 0
        onActivated: filters.model.kind = currentValue
    }
    ComboBox {
        id: promptBox
        objectName: "promptFilter"
        implicitHeight: Theme.touch
        width: 220
        textRole: "label"
        valueRole: "key"
        model: [{ label: qsTr("Any help given"), key: "" }, ...Capture.promptLevels]
        currentIndex: count > 0 && filters.model ? Math.max(0, indexOfValue(filters.model.promptLevel)) : 0
        onActivated: filters.model.promptLevel = currentValue
    }
    ComboBox {
        id: rangeBox
        objectName: "dateFilter"
        implicitHeight: Theme.touch
        width: 180
        model: [qsTr("Any time"), qsTr("Today"), qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("This term")]
        onActivated: index => filters.applyRange(index)
    }
    TextButton {
        objectName: "clearFilters"
        visible: filters.model && (filters.model.filtered || (targetBox.visible && filters.model.targetId !== ""))
        text: qsTr("Show everything")
        onClicked: {
            filters.model.clearFilters()
            if (targetBox.visible)
                filters.model.targetId = ""
            rangeBox.currentIndex = 0
        }
    }
}
