import QtQuick
import QtTest
import Stride

// The PIN pad on the sign-in page: digits go in, Delete takes the last one off, Clear empties it,
// and after four digits it hands the PIN over once and empties itself for the next person.
TestCase {
    id: testCase
    name: "PinPad"
    width: 600
    height: 600
    visible: true
    when: windowShown

    Component {
        id: padComponent
        PinPad {}
    }

    SignalSpy {
        id: submitted
        signalName: "submitted"
    }

    function createPad() {
        const pad = createTemporaryObject(padComponent, testCase)
        verify(pad, "the PIN pad loads")
        submitted.target = pad
        submitted.clear()
        return pad
    }

    function tap(pad, name) {
        const key = findChild(pad, name)
        verify(key, "the pad has a key called " + name)
        mouseClick(key)
    }

    function test_tappedDigitsAreEntered() {
        const pad = createPad()
        tap(pad, "key3")
        tap(pad, "key9")
        compare(pad.digits, "39")
        compare(submitted.count, 0)
    }

    function test_deleteTakesOffTheLastDigit() {
        const pad = createPad()
        tap(pad, "key1")
        tap(pad, "key2")
        tap(pad, "key5")
        tap(pad, "keyBackspace")
        compare(pad.digits, "12")
        tap(pad, "keyBackspace")
        tap(pad, "keyBackspace")
        tap(pad, "keyBackspace") // nothing left to delete: no harm done
        compare(pad.digits, "")
    }

    function test_clearEmptiesThePad() {
        const pad = createPad()
        tap(pad, "key7")
        tap(pad, "key7")
        tap(pad, "keyClear")
        compare(pad.digits, "")
    }

    function test_submitsOnceAfterFourDigits() {
        const pad = createPad()
        tap(pad, "key4")
        tap(pad, "key8")
        tap(pad, "key2")
        compare(submitted.count, 0)
        tap(pad, "key7")
        compare(submitted.count, 1)
        compare(submitted.signalArguments[0][0], "4827")
        compare(pad.digits, "", "the pad is empty again for the next try")
    }

    function test_deleteThenFinish() {
        const pad = createPad()
        tap(pad, "key1")
        tap(pad, "key1")
        tap(pad, "keyBackspace")
        tap(pad, "key9")
        tap(pad, "key3")
        tap(pad, "key8")
        compare(submitted.count, 1)
        compare(submitted.signalArguments[0][0], "1938")
    }

    function test_hardwareKeyboardWorks() {
        const pad = createPad()
        pad.forceActiveFocus()
        keyClick(Qt.Key_6)
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_1)
        compare(submitted.count, 0)
        keyClick(Qt.Key_2)
        compare(submitted.count, 1)
        compare(submitted.signalArguments[0][0], "6412")
    }

    function test_pausedPadIgnoresKeys() {
        const pad = createPad()
        tap(pad, "key5")
        pad.enabled = false // what a lockout does
        compare(pad.digits, "", "pausing the pad clears what was typed")
        tap(pad, "key5")
        tap(pad, "key5")
        compare(pad.digits, "")
        pad.enabled = true
        tap(pad, "key2")
        compare(pad.digits, "2")
    }

    function test_longerPins() {
        const pad = createPad()
        pad.pinLength = 6
        for (const digit of ["2", "4", "6", "8", "0", "1"])
            tap(pad, "key" + digit)
        compare(submitted.count, 1)
        compare(submitted.signalArguments[0][0], "246801")
        compare(findChild(pad, "pinDots").children.length, 7, "six dots (and the Repeater)")
    }
}
