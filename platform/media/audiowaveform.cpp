#include "audiowaveform.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioFormat>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPainter>
#include <QUrl>

#include <cmath>

namespace Stride {

namespace {
// The decoder is asked for one small fixed format: it is all a waveform needs, and with
// GStreamer (Qt 6.4) an AAC voice note fails with "Internal data stream error" unless a format
// is set, because the decoder's planar float output is otherwise passed on unconverted.
constexpr int kSampleRate = 16000;
constexpr int kWindowMs = 10;
} // namespace

AudioWaveform::AudioWaveform(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(20000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The voice note took too long to read, so it has no waveform.")); });
}

AudioWaveform::~AudioWaveform()
{
    cancel();
}

void AudioWaveform::cancel()
{
    ++m_generation;
    m_timeout.stop();
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->stop();
        m_decoder->deleteLater();
        m_decoder = nullptr;
    }
}

void AudioWaveform::start(const QString &path)
{
    const QFileInfo info(path);
    QString refusal;
    if (!info.isReadable())
        refusal = tr("The voice note could not be read, so it has no waveform.");
    // Only sound files: the GStreamer backend of Qt 6.4 can crash decoding the sound of a video
    // file once a QMediaPlayer has run in the process (seen with H.264/AAC in MP4).
    else if (QMimeDatabase().mimeTypeForFile(info).name().startsWith(QLatin1String("video/")))
        refusal = tr("This is a video, not a voice note, so it has no waveform.");
    begin(refusal, [path = info.absoluteFilePath()](QAudioDecoder *decoder) {
        decoder->setSource(QUrl::fromLocalFile(path));
    });
}

void AudioWaveform::start(QIODevice *sound, const QString &mimeType)
{
    QString refusal;
    if (!sound || !sound->isReadable())
        refusal = tr("The voice note could not be read, so it has no waveform.");
    // As for a file, by its type as recorded (its first bytes cannot tell an MP4 of sound alone
    // from a video).
    else if (mimeType.startsWith(QLatin1String("video/")))
        refusal = tr("This is a video, not a voice note, so it has no waveform.");
    begin(refusal, [sound](QAudioDecoder *decoder) { decoder->setSourceDevice(sound); });
}

void AudioWaveform::begin(const QString &refusal, const std::function<void(QAudioDecoder *)> &setSource)
{
    cancel();
    m_windowPeaks.clear();
    m_currentPeak = 0;
    m_samplesInWindow = 0;
    m_decodedUs = 0;

    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, refusal, generation = m_generation] {
                if (generation == m_generation)
                    fail(refusal);
            },
            Qt::QueuedConnection);
        return;
    }

    auto *decoder = new QAudioDecoder(this);
    m_decoder = decoder;
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    decoder->setAudioFormat(format);
    connect(decoder, &QAudioDecoder::bufferReady, this, [this, decoder] {
        if (decoder == m_decoder)
            readBuffer();
    });
    connect(decoder, &QAudioDecoder::finished, this, [this, decoder] {
        if (decoder == m_decoder)
            complete();
    });
    connect(
        decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
        [this, decoder](QAudioDecoder::Error error) {
            if (decoder != m_decoder || error == QAudioDecoder::NoError)
                return;
            qWarning("AudioWaveform: %s", qPrintable(decoder->errorString()));
            fail(error == QAudioDecoder::FormatError
                     ? tr("This voice note's format is not supported on this device, so it has no waveform.")
                     : tr("The voice note could not be read, so it has no waveform."));
        });
    m_timeout.start();
    setSource(decoder);
    decoder->start();
}

void AudioWaveform::readBuffer()
{
    while (m_decoder && m_decoder->bufferAvailable()) {
        const QAudioBuffer buffer = m_decoder->read();
        if (!buffer.isValid())
            continue;
        m_decodedUs += buffer.duration();
        const QAudioFormat format = buffer.format();
        const int channels = qMax(1, format.channelCount());
        const qsizetype frames = buffer.frameCount();
        // The requested format is a request: take what came, whatever its sample type.
        for (qsizetype i = 0; i < frames; ++i) {
            float peak = 0;
            for (int c = 0; c < channels; ++c) {
                float v = 0;
                switch (format.sampleFormat()) {
                case QAudioFormat::Int16:
                    v = buffer.constData<qint16>()[i * channels + c] / 32768.0f;
                    break;
                case QAudioFormat::Int32:
                    v = float(buffer.constData<qint32>()[i * channels + c] / 2147483648.0);
                    break;
                case QAudioFormat::Float:
                    v = buffer.constData<float>()[i * channels + c];
                    break;
                case QAudioFormat::UInt8:
                    v = (buffer.constData<quint8>()[i * channels + c] - 128) / 128.0f;
                    break;
                default:
                    break;
                }
                peak = qMax(peak, std::fabs(v));
            }
            m_currentPeak = qMax(m_currentPeak, qMin(peak, 1.0f));
            // Windows are counted in samples at the rate that arrived, so a backend that ignores
            // the requested rate still gives 10 ms windows.
            const int perWindow = qMax(1, format.sampleRate() * kWindowMs / 1000);
            if (++m_samplesInWindow >= perWindow) {
                m_windowPeaks.append(m_currentPeak);
                m_currentPeak = 0;
                m_samplesInWindow = 0;
            }
        }
    }
}

void AudioWaveform::fail(const QString &message)
{
    cancel();
    Result r;
    r.message = message;
    emit finished(r);
}

void AudioWaveform::complete()
{
    if (m_samplesInWindow > 0)
        m_windowPeaks.append(m_currentPeak);
    cancel();
    Result r;
    if (m_windowPeaks.isEmpty()) {
        r.message = tr("The voice note has no sound in it.");
        emit finished(r);
        return;
    }
    r.ok = true;
    r.durationMs = m_decodedUs / 1000;
    r.peaks.reserve(m_buckets);
    const qsizetype windows = m_windowPeaks.size();
    for (int b = 0; b < m_buckets; ++b) {
        // Each bucket covers its share of the windows; a note shorter than the bucket count
        // repeats windows rather than leaving gaps.
        const qsizetype from = windows * b / m_buckets;
        const qsizetype to = qMax(from + 1, windows * (b + 1) / m_buckets);
        float peak = 0;
        for (qsizetype w = from; w < to && w < windows; ++w)
            peak = qMax(peak, m_windowPeaks.at(w));
        r.peaks.append(peak);
    }
    m_windowPeaks.clear();
    emit finished(r);
}

QImage AudioWaveform::render(const QList<float> &peaks, QSize size, QColor bars, QColor background)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(background);
    if (peaks.isEmpty() || size.isEmpty())
        return image;
    float loudest = 0;
    for (float p : peaks)
        loudest = qMax(loudest, p);
    // Silence stays flat rather than being blown up into noise.
    const float scale = loudest > 0.01f ? 1.0f / loudest : 1.0f;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal slot = qreal(size.width()) / peaks.size();
    const qreal mid = size.height() / 2.0;
    for (qsizetype i = 0; i < peaks.size(); ++i) {
        // A hairline for silence, so the card still reads as "a voice note".
        const qreal half = qMax<qreal>(1.0, peaks.at(i) * scale * (mid - 1));
        painter.fillRect(QRectF(i * slot + slot * 0.15, mid - half, slot * 0.7, half * 2), bars);
    }
    return image;
}

} // namespace Stride
