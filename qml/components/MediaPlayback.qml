import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Stride

// Plays a video or a voice note from the media store: the picture (or the voice note's
// waveform), one big play/pause button, and where it is of how long. The file is encrypted on the
// tablet: the player reads it through the store's decrypting device (MediaFiles.setPlayerSource),
// never from a plain copy.
Rectangle {
    id: playback
    property url source // the file's address in the media store (MediaFiles.urlOf)
    property url poster // the thumbnail, shown until it plays
    property bool video: true
    // Why the file could not be opened for the player; empty when it could.
    property string openProblem

    onSourceChanged: openProblem = MediaFiles.setPlayerSource(player, source)
    Component.onCompleted: openProblem = MediaFiles.setPlayerSource(player, source)

    color: "#101719"
    radius: Theme.radius
    clip: true

    function toggle() {
        if (player.playbackState === MediaPlayer.PlayingState)
            player.pause()
        else
            player.play()
    }
    // The player's times are qint64, a type qmllint 6.4 cannot read, so they are kept here as
    // numbers from its change signals.
    property real positionMs
    property real durationMs

    function timeText(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    MediaPlayer {
        id: player
        objectName: "player"
        videoOutput: playback.video ? videoOut : null
        audioOutput: AudioOutput {}
        onPositionChanged: function(position) { playback.positionMs = position }
        onDurationChanged: function(duration) { playback.durationMs = duration }
    }

    Image {
        anchors.fill: parent
        anchors.bottomMargin: controls.height
        source: playback.poster
        fillMode: Image.PreserveAspectFit
        visible: !playback.video || player.playbackState === MediaPlayer.StoppedState
    }
    VideoOutput {
        id: videoOut
        anchors.fill: parent
        anchors.bottomMargin: controls.height
        visible: playback.video && player.playbackState !== MediaPlayer.StoppedState
    }
    Text {
        anchors.centerIn: parent
        visible: playback.openProblem !== "" || player.error !== MediaPlayer.NoError
        width: parent.width - 2 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: playback.openProblem !== "" ? playback.openProblem
              : qsTr("This tablet cannot play this file (%1).").arg(player.errorString)
        color: "white"
        font.pixelSize: Theme.bodySize
    }

    Rectangle {
        id: controls
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.touchLarge + Theme.gap
        color: "#E6101719"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            AbstractButton {
                id: playButton
                objectName: "playButton"
                Layout.preferredWidth: Theme.touchLarge
                Layout.preferredHeight: Theme.touchLarge
                Accessible.role: Accessible.Button
                Accessible.name: player.playbackState === MediaPlayer.PlayingState ? qsTr("Pause") : qsTr("Play")
                onClicked: playback.toggle()
                background: Rectangle { radius: width / 2; color: playButton.down ? Theme.primaryDark : Theme.primary }
                contentItem: Text {
                    text: player.playbackState === MediaPlayer.PlayingState ? "\u275A\u275A" : "\u25B6"
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: "white"
                    font.pixelSize: Theme.largeSize
                }
            }
            Slider {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, playback.durationMs)
                value: playback.positionMs
                enabled: player.seekable
                onMoved: player.position = value
            }
            Text {
                text: playback.timeText(playback.positionMs) + " / " + playback.timeText(playback.durationMs)
                color: "white"
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
