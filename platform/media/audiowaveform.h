#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>

#include <functional>

class QAudioDecoder;
class QIODevice;

namespace Stride {

// A voice note's loudness over time (a peak envelope), decoded with QAudioDecoder, for the
// small waveform on its evidence card; the decoded samples also give the exact running time.
class AudioWaveform : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultBuckets = 64;

    struct Result
    {
        bool ok = false;
        QList<float> peaks;    // kDefaultBuckets values in 0..1, loudest sample in each slice of time
        qint64 durationMs = 0; // of the decoded sound
        QString message;       // why not, in plain words
    };

    explicit AudioWaveform(QObject *parent = nullptr);
    ~AudioWaveform() override;

    void setBucketCount(int buckets) { m_buckets = qMax(1, buckets); }
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    bool isRunning() const { return !m_decoder.isNull(); }
    // `finished` follows exactly once, unless cancel() comes first.
    void start(const QString &path);
    // From a device (a voice note in the media store, decrypted as it is read), which must stay
    // open until `finished` or cancel(); `mimeType` as recorded with it (MediaReference).
    void start(QIODevice *sound, const QString &mimeType);
    void cancel();

    // Bars for `peaks`, scaled so the loudest fills the height (voice notes are often quiet).
    static QImage render(const QList<float> &peaks, QSize size, QColor bars = QColor(0x00, 0x69, 0x5c),
                         QColor background = Qt::white);

signals:
    void finished(const Stride::AudioWaveform::Result &result);

private:
    void begin(const QString &refusal, const std::function<void(QAudioDecoder *)> &setSource);
    void readBuffer();
    void fail(const QString &message);
    void complete();

    QPointer<QAudioDecoder> m_decoder;
    QTimer m_timeout;
    int m_buckets = kDefaultBuckets;
    QList<float> m_windowPeaks; // one per kWindowMs of sound, reduced to m_buckets at the end
    float m_currentPeak = 0;
    int m_samplesInWindow = 0;
    qint64 m_decodedUs = 0;
    quint64 m_generation = 0;
};

} // namespace Stride
